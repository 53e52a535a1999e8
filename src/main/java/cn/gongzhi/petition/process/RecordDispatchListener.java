package cn.gongzhi.petition.process;

import static cn.gongzhi.petition.process.ResidentPetitionProcess.FIRST_CONTACT_LIMIT;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.HANDLING_LEVEL;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.RESOLUTION_LIMIT;
import static cn.gongzhi.petition.process.ResidentPetitionProcess.URGENCY;

import cn.gongzhi.petition.domain.PetitionWorkflow;
import cn.gongzhi.petition.domain.PetitionWorkflow.Deadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End of Activity_DispatchPetition: records the decision and sets the due dates the tasks and timers use. */
@Component
class RecordDispatchListener implements ExecutionListener {

    private final PetitionWorkflow workflow;
    private final PetitionInstances instances;

    RecordDispatchListener(PetitionWorkflow workflow, PetitionInstances instances) {
        this.workflow = workflow;
        this.instances = instances;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Deadlines deadlines = workflow.dispatched(instances.petitionOf(execution), HANDLING_LEVEL.get(execution),
                URGENCY.get(execution), FIRST_CONTACT_LIMIT.get(execution), RESOLUTION_LIMIT.get(execution));
        DueDates.set(execution, deadlines);
    }
}
