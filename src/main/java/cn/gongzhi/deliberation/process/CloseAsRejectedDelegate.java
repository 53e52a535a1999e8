package cn.gongzhi.deliberation.process;

import cn.gongzhi.deliberation.DeliberationStatus;
import cn.gongzhi.deliberation.domain.DeliberationRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_CloseAsRejected: no revisions left. */
@Component
class CloseAsRejectedDelegate implements JavaDelegate {

    private final DeliberationRecords records;

    CloseAsRejectedDelegate(DeliberationRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        records.finished(DeliberationVariables.deliberationId(execution), DeliberationStatus.REJECTED);
    }
}
