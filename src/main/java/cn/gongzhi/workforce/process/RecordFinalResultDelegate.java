package cn.gongzhi.workforce.process;

import cn.gongzhi.workforce.domain.AppraisalSettlement;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Activity_RecordFinalResult: the sheet's result becomes final in the registry with the grade change it allows; the
 * result routes the follow-up of a 不合格.
 */
@Component
class RecordFinalResultDelegate implements JavaDelegate {

    private final AppraisalSettlement settlement;

    RecordFinalResultDelegate(AppraisalSettlement settlement) {
        this.settlement = settlement;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var result = settlement.finalise(AppraisalInstances.sheetOf(execution));
        execution.setVariableLocal(AnnualAppraisalProcess.RESULT.name(), result.name());
    }
}
