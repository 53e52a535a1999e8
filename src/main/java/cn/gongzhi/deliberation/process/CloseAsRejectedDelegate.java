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
    private final DeliberationInstances instances;

    CloseAsRejectedDelegate(DeliberationRecords records, DeliberationInstances instances) {
        this.records = records;
        this.instances = instances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        records.finished(instances.deliberationOf(execution), DeliberationStatus.REJECTED);
    }
}
