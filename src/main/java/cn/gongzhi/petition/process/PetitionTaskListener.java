package cn.gongzhi.petition.process;

import static cn.gongzhi.petition.process.ResidentPetitionProcess.RECORDED_FORM_FIELDS;

import cn.gongzhi.petition.domain.PetitionStep;
import cn.gongzhi.petition.domain.PetitionWorkflow;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.Actors;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Every user task of the petition process. On create: the task's description shows what the petition is about
 * (numbers masked). On complete: the form's values are validated and recorded in the timeline, and the text fields
 * leave the process. A rule broken fails the completion with 400 naming the field; nothing is recorded.
 */
@Component
class PetitionTaskListener implements TaskListener {

    private static final Map<String, PetitionStep> STEPS = Map.of(
            ResidentPetitionProcess.CONTACT, PetitionStep.CONTACT,
            ResidentPetitionProcess.HANDLE, PetitionStep.HANDLING,
            ResidentPetitionProcess.CALLBACK, PetitionStep.CALLBACK,
            ResidentPetitionProcess.HANDLE_RETURNED, PetitionStep.DEPARTMENT_RESPONSE,
            ResidentPetitionProcess.SUPERVISE_OVERDUE, PetitionStep.SUPERVISION);

    private final PetitionWorkflow workflow;
    private final PetitionInstances instances;

    PetitionTaskListener(PetitionWorkflow workflow, PetitionInstances instances) {
        this.workflow = workflow;
        this.instances = instances;
    }

    @Override
    public void notify(DelegateTask task) {
        if (ResidentPetitionProcess.PETITION_ID.get(task) == null) {
            // the instance moved on under this task: someone completed it at the same moment (answers 409)
            throw new OptimisticLockingException("Task " + task.getId()
                    + " was completed concurrently: its process instance has moved on");
        }
        long petitionId = instances.petitionOf(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setDescription(workflow.taskSummary(petitionId));
            return;
        }
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        PetitionStep step = STEPS.get(task.getTaskDefinitionKey());
        try {
            workflow.taskCompleted(petitionId, step, Actors.current(), task.getVariables());
        } catch (InvalidFieldException e) {
            throw new FormFieldValidationException(e.field(), e.getMessage());
        }
        RECORDED_FORM_FIELDS.forEach(task.getExecution()::removeVariable);
    }
}
