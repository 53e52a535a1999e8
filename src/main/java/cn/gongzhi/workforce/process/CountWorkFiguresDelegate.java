package cn.gongzhi.workforce.process;

import cn.gongzhi.workforce.domain.AnnualAppraisals;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_CountWorkFigures: the worker's figures of the year are counted from the records onto her sheet. */
@Component
class CountWorkFiguresDelegate implements JavaDelegate {

    private final AnnualAppraisals appraisals;

    CountWorkFiguresDelegate(AnnualAppraisals appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        appraisals.count(AppraisalInstances.sheetOf(execution), false);
    }
}
