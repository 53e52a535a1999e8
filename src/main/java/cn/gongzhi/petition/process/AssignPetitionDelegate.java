package cn.gongzhi.petition.process;

import static cn.gongzhi.petition.process.ResidentPetitionProcess.ASSIGNEE;

import cn.gongzhi.petition.domain.PetitionWorkflow;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_AssignPetition: the handling worker, or none (then the community's worker group claims it). */
@Component
class AssignPetitionDelegate implements JavaDelegate {

    private final PetitionWorkflow workflow;
    private final PetitionInstances instances;

    AssignPetitionDelegate(PetitionWorkflow workflow, PetitionInstances instances) {
        this.workflow = workflow;
        this.instances = instances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ASSIGNEE.set(execution, workflow.assign(instances.petitionOf(execution)));
    }
}
