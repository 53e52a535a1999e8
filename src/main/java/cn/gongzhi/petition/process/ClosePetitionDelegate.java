package cn.gongzhi.petition.process;


import cn.gongzhi.petition.domain.PetitionHandling;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_ClosePetition. */
@Component
class ClosePetitionDelegate implements JavaDelegate {

    private final PetitionHandling workflow;
    private final PetitionInstances instances;

    ClosePetitionDelegate(PetitionHandling workflow, PetitionInstances instances) {
        this.workflow = workflow;
        this.instances = instances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        workflow.close(instances.petitionOf(execution));
    }
}
