package cn.gongzhi.workforce.process;

import cn.gongzhi.shared.process.CommonVariables;
import cn.gongzhi.workforce.domain.AnnualAppraisals;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * SubProcess_AppraiseWorker and SubProcess_SettleResult, start of each worker's part: the tasks of her part show her
 * name in Tasklist's row (事项: 刘洋，2026年度), so a head or the street office with many sheets tells them apart
 * without opening each. The line is local to her part; the instance's own line (the year) stays as it is.
 */
@Component
class AppraiseeRowListener implements ExecutionListener {

    private final AnnualAppraisals appraisals;

    AppraiseeRowListener(AnnualAppraisals appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String name = appraisals.workerOf(AppraisalInstances.sheetOf(execution)).name();
        String year = CommonVariables.MATTER_SUMMARY.get(execution);
        execution.setVariableLocal(CommonVariables.MATTER_SUMMARY.name(), year == null ? name : name + "，" + year);
    }
}
