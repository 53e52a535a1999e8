package cn.gongzhi.petition.process;

import static cn.gongzhi.petition.process.ResidentPetitionProcess.RESOLUTION_LIMIT;

import cn.gongzhi.petition.domain.PetitionWorkflow;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_ReopenPetition: back to handling with a fresh resolution limit. */
@Component
class ReopenPetitionDelegate implements JavaDelegate {

    private final PetitionWorkflow workflow;
    private final PetitionInstances instances;

    ReopenPetitionDelegate(PetitionWorkflow workflow, PetitionInstances instances) {
        this.workflow = workflow;
        this.instances = instances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DueDates.set(execution, workflow.reopen(instances.petitionOf(execution), RESOLUTION_LIMIT.required(execution)));
    }
}
