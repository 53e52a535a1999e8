package cn.gongzhi.escalation.process;

import cn.gongzhi.escalation.domain.JointMeetings;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_MarkCommitmentOverdue: the deadline passed; the committee follows it up, the commitment stays open. */
@Component
class MarkCommitmentOverdueDelegate implements JavaDelegate {

    private final JointMeetings meetings;
    private final EscalationInstances instances;

    MarkCommitmentOverdueDelegate(JointMeetings meetings, EscalationInstances instances) {
        this.meetings = meetings;
        this.instances = instances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        meetings.commitmentOverdue(instances.commitmentOf(execution));
    }
}
