package cn.gongzhi.escalation.process;

import cn.gongzhi.escalation.domain.EscalationCases;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The escalation an instance works on, checked against the record's own process instance, and the commitment a
 * commitment step works on, checked against that escalation. A step never works on another instance's record.
 */
@Component
class EscalationInstances {

    private final EscalationCases cases;

    EscalationInstances(EscalationCases cases) {
        this.cases = cases;
    }

    long escalationOf(DelegateExecution execution) {
        long escalationId = JointMeetingEscalationProcess.ESCALATION_ID.required(execution);
        cases.requireBound(escalationId, execution.getProcessInstanceId());
        return escalationId;
    }

    long escalationOf(DelegateTask task) {
        return escalationOf(task.getExecution());
    }

    long commitmentOf(DelegateExecution execution) {
        long commitmentId = JointMeetingEscalationProcess.COMMITMENT_ID.required(execution);
        cases.requireCommitmentOf(commitmentId, escalationOf(execution));
        return commitmentId;
    }

    long commitmentOf(DelegateTask task) {
        return commitmentOf(task.getExecution());
    }
}
