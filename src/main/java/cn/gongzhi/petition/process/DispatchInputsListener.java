package cn.gongzhi.petition.process;

import cn.gongzhi.petition.domain.PetitionDispatch;
import cn.gongzhi.petition.domain.PetitionDispatch.DecisionInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of Activity_DispatchPetition: the dispatch decision's inputs ({@code category}, {@code communityType}) are read
 * from the petition and handed to the decision as transient variables. The petition is their one home: no process
 * variable and no history row copies them (the decision's own history keeps what it decided on).
 */
@Component
class DispatchInputsListener implements ExecutionListener {

    private final PetitionDispatch dispatch;
    private final PetitionInstances instances;

    DispatchInputsListener(PetitionDispatch dispatch, PetitionInstances instances) {
        this.dispatch = dispatch;
        this.instances = instances;
    }

    @Override
    public void notify(DelegateExecution execution) {
        DecisionInputs inputs = dispatch.decisionInputs(instances.petitionOf(execution));
        ResidentPetitionProcess.CATEGORY.setTransient(execution, inputs.category());
        ResidentPetitionProcess.COMMUNITY_TYPE.setTransient(execution, inputs.communityType());
    }
}
