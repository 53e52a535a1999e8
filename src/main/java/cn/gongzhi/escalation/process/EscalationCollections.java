package cn.gongzhi.escalation.process;

import cn.gongzhi.escalation.domain.EscalationRecords;
import cn.gongzhi.shared.process.ModelFunctions;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the model's expressions read from the escalation record instead of process variables: the departments the
 * report-in instances run over, the open commitments, due dates, and the outcome notice. One of the few beans models
 * may call (docs/processes/designing.md): every method only reads.
 */
@Component("escalationCollections")
@ModelFunctions
public class EscalationCollections {

    private final EscalationRecords records;
    private final EscalationInstances instances;

    EscalationCollections(EscalationRecords records, EscalationInstances instances) {
        this.records = records;
        this.instances = instances;
    }

    public List<String> summoned(DelegateExecution execution) {
        return records.summoned(instances.escalationOf(execution));
    }

    public Date reportDue(DelegateExecution execution) {
        return records.reportDue(instances.escalationOf(execution),
                JointMeetingEscalationProcess.DEPARTMENT_CODE.required(execution));
    }

    public List<Long> openCommitments(DelegateExecution execution) {
        return records.openCommitments(instances.escalationOf(execution));
    }

    public String departmentOf(Object commitmentId) {
        return records.departmentOf(((Number) commitmentId).longValue());
    }

    public Date deadlineOf(Object commitmentId) {
        return records.deadlineOf(((Number) commitmentId).longValue());
    }

    public String outcomeTitle(DelegateExecution execution) {
        return records.outcomeTitle(instances.escalationOf(execution));
    }

    public String outcomeSubjects(DelegateExecution execution) {
        return records.outcomeSubjects(instances.escalationOf(execution));
    }

    public String outcomeContent(DelegateExecution execution) {
        return records.outcomeContent(instances.escalationOf(execution));
    }
}
