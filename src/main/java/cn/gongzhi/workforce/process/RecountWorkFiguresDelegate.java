package cn.gongzhi.workforce.process;

import cn.gongzhi.workforce.domain.AnnualAppraisals;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_RecountWorkFigures: the sheet's figures are counted anew; the new figures replace the old. */
@Component
class RecountWorkFiguresDelegate implements JavaDelegate {

    private final AnnualAppraisals appraisals;

    RecountWorkFiguresDelegate(AnnualAppraisals appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        appraisals.count(AppraisalInstances.sheetOf(execution), true);
        execution.removeVariableLocal(AnnualAppraisalProcess.DECISION.name());
    }
}
