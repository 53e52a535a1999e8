package cn.gongzhi.escalation.process;

import cn.gongzhi.escalation.domain.EscalationRecords;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the model's expressions read from the escalation record instead of process variables: the departments the
 * report-in instances run over, the open commitments, due dates, and the outcome notice.
 */
@Component("escalationCollections")
public class EscalationCollections {

    private final EscalationRecords records;

    EscalationCollections(EscalationRecords records) {
        this.records = records;
    }

    public List<String> summoned(DelegateExecution execution) {
        return records.summoned(JointMeetingEscalationProcess.escalationId(execution));
    }

    public Date reportDue(DelegateExecution execution) {
        return records.reportDue(JointMeetingEscalationProcess.escalationId(execution),
                (String) execution.getVariable(JointMeetingEscalationProcess.DEPARTMENT_CODE));
    }

    public List<Long> openCommitments(DelegateExecution execution) {
        return records.openCommitments(JointMeetingEscalationProcess.escalationId(execution));
    }

    public String departmentOf(Object commitmentId) {
        return records.departmentOf(((Number) commitmentId).longValue());
    }

    public Date deadlineOf(Object commitmentId) {
        return records.deadlineOf(((Number) commitmentId).longValue());
    }

    public String outcomeTitle(DelegateExecution execution) {
        return records.outcomeTitle(JointMeetingEscalationProcess.escalationId(execution));
    }

    public String outcomeContent(DelegateExecution execution) {
        return records.outcomeContent(JointMeetingEscalationProcess.escalationId(execution));
    }
}
