package cn.gongzhi.escalation.process;

import cn.gongzhi.escalation.domain.EscalationRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_MarkCommitmentOverdue: the deadline passed; the committee follows it up, the commitment stays open. */
@Component
class MarkCommitmentOverdueDelegate implements JavaDelegate {

    private final EscalationRecords records;
    private final EscalationInstances instances;

    MarkCommitmentOverdueDelegate(EscalationRecords records, EscalationInstances instances) {
        this.records = records;
        this.instances = instances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        records.commitmentOverdue(instances.commitmentOf(execution));
    }
}
