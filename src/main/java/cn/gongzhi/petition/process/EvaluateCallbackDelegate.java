package cn.gongzhi.petition.process;

import static cn.gongzhi.petition.process.ResidentPetitionProcess.CALLBACK_VERDICT;

import cn.gongzhi.petition.domain.PetitionWorkflow;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_EvaluateCallback: CLOSE, REOPEN or ESCALATE, by the thresholds in gongzhi.petition.*. */
@Component
class EvaluateCallbackDelegate implements JavaDelegate {

    private final PetitionWorkflow workflow;

    EvaluateCallbackDelegate(PetitionWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(CALLBACK_VERDICT,
                workflow.evaluateCallback(ResidentPetitionProcess.petitionId(execution)).name());
    }
}
