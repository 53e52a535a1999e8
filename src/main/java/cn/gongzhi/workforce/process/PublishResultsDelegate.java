package cn.gongzhi.workforce.process;

import cn.gongzhi.workforce.domain.AppraisalSettlement;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_PublishResults: the street's results are published; the objection window runs from now. */
@Component
class PublishResultsDelegate implements JavaDelegate {

    private final AppraisalSettlement settlement;

    PublishResultsDelegate(AppraisalSettlement settlement) {
        this.settlement = settlement;
    }

    @Override
    public void execute(DelegateExecution execution) {
        settlement.publish(AnnualAppraisalProcess.ROUND_ID.required(execution));
    }
}
