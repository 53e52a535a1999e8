package cn.gongzhi.escalation.process;

import cn.gongzhi.escalation.domain.EscalationRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_MarkCommitmentOverdue: the deadline passed; the committee follows it up, the commitment stays open. */
@Component
class MarkCommitmentOverdueDelegate implements JavaDelegate {

    private final EscalationRecords records;

    MarkCommitmentOverdueDelegate(EscalationRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        records.commitmentOverdue(((Number) execution.getVariable(JointMeetingEscalationProcess.COMMITMENT_ID))
                .longValue());
    }
}
