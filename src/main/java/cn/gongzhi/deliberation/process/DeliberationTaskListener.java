package cn.gongzhi.deliberation.process;

import static cn.gongzhi.deliberation.process.DeliberationVariables.STEP_FORM_TEXT;

import cn.gongzhi.deliberation.domain.DeliberationRecords;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.Actors;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** Completion of the non-meeting steps: the form is validated and recorded in the timeline; its text leaves. */
@Component
class DeliberationTaskListener implements TaskListener {

    private static final Map<String, String> STEPS = Map.of(
            VillageDeliberationProcess.PROPOSE_PLAN, "PROPOSE",
            VillageDeliberationProcess.REVISE_PLAN, "REVISE",
            VillageDeliberationProcess.IMPLEMENT, "IMPLEMENT",
            ResidentConsultationProcess.IMPLEMENT, "IMPLEMENT",
            ResidentConsultationProcess.REVIEW_TOPIC, "REVIEW_TOPIC",
            ResidentConsultationProcess.NOTIFY, "NOTIFY",
            ResidentConsultationProcess.CONSULT, "CONSULT",
            ResidentConsultationProcess.FEEDBACK, "FEEDBACK");

    private final DeliberationRecords records;
    private final DeliberationInstances instances;

    DeliberationTaskListener(DeliberationRecords records, DeliberationInstances instances) {
        this.records = records;
        this.instances = instances;
    }

    @Override
    public void notify(DelegateTask task) {
        try {
            records.stepCompleted(instances.deliberationOf(task), STEPS.get(task.getTaskDefinitionKey()),
                    task.getVariables(), Actors.current());
        } catch (InvalidFieldException e) {
            throw new FormFieldValidationException(e.field(), e.getMessage());
        }
        STEP_FORM_TEXT.forEach(task.getExecution()::removeVariable);
    }
}
