package cn.gongzhi.deliberation.process;

import cn.gongzhi.deliberation.DeliberationStatus;
import cn.gongzhi.deliberation.domain.DeliberationRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_CompleteDeliberation. */
@Component
class CompleteDeliberationDelegate implements JavaDelegate {

    private final DeliberationRecords records;
    private final DeliberationInstances instances;

    CompleteDeliberationDelegate(DeliberationRecords records, DeliberationInstances instances) {
        this.records = records;
        this.instances = instances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        records.finished(instances.deliberationOf(execution), DeliberationStatus.COMPLETED);
    }
}
