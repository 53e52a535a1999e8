package cn.gongzhi.petition.process;

import static cn.gongzhi.petition.process.ResidentPetitionProcess.CALLBACK_VERDICT;

import cn.gongzhi.petition.domain.PetitionHandling;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Activity_EvaluateCallback: CLOSE, REOPEN or ESCALATE, by the thresholds in gongzhi.petition.*, from the callback the
 * petition records. The gateway after it routes on a transient {@code callbackVerdict}, neither stored nor history.
 */
@Component
class EvaluateCallbackDelegate implements JavaDelegate {

    private final PetitionHandling workflow;
    private final PetitionInstances instances;

    EvaluateCallbackDelegate(PetitionHandling workflow, PetitionInstances instances) {
        this.workflow = workflow;
        this.instances = instances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CALLBACK_VERDICT.setTransient(execution, workflow.evaluateCallback(instances.petitionOf(execution)).name());
    }
}
