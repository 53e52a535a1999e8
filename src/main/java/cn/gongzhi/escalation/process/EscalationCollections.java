package cn.gongzhi.escalation.process;

import cn.gongzhi.escalation.domain.Convening;
import cn.gongzhi.escalation.domain.EscalationClosing;
import cn.gongzhi.escalation.domain.JointMeetings;
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

    private final Convening convening;
    private final JointMeetings meetings;
    private final EscalationClosing closing;
    private final EscalationInstances instances;

    EscalationCollections(Convening convening, JointMeetings meetings, EscalationClosing closing,
            EscalationInstances instances) {
        this.convening = convening;
        this.meetings = meetings;
        this.closing = closing;
        this.instances = instances;
    }

    public List<String> summoned(DelegateExecution execution) {
        return convening.summoned(instances.escalationOf(execution));
    }

    public Date reportDue(DelegateExecution execution) {
        return convening.reportDue(instances.escalationOf(execution),
                JointMeetingEscalationProcess.DEPARTMENT_CODE.required(execution));
    }

    public List<Long> openCommitments(DelegateExecution execution) {
        return meetings.openCommitments(instances.escalationOf(execution));
    }

    public String departmentOf(Object commitmentId) {
        return meetings.departmentOf(((Number) commitmentId).longValue());
    }

    public Date deadlineOf(Object commitmentId) {
        return meetings.deadlineOf(((Number) commitmentId).longValue());
    }

    public String outcomeTitle(DelegateExecution execution) {
        return closing.outcomeTitle(instances.escalationOf(execution));
    }

    public String outcomeSubjects(DelegateExecution execution) {
        return closing.outcomeSubjects(instances.escalationOf(execution));
    }

    public String outcomeContent(DelegateExecution execution) {
        return closing.outcomeContent(instances.escalationOf(execution));
    }
}
