package cn.gongzhi.escalation.process;

import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.COMMITMENT_ID;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.CONFIRM_DEPARTMENTS;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.CONVENE;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.DEPARTMENT_CODE;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.DEPARTMENT_CODES;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.DUTY_CODES;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.MEETING_TIME;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.PROPOSED_DEPARTMENTS;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.REPORT_IN_LIMIT;

import cn.gongzhi.escalation.domain.EscalationRecords;
import cn.gongzhi.shared.InvalidFieldException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Every user task of the escalation. The department proposal is prepared when the confirmation task opens; every
 * completion is validated (unknown department, a meeting time or deadline in the past, a department not summoned:
 * 400 naming the field) and recorded; the form's text leaves the process.
 */
@Component
class EscalationTaskListener implements TaskListener {

    private static final List<String> FORM_TEXT = List.of("reason", "triedSoFar", "petitionNumbers", "instructions",
            "liaisonName", "attendance", "minutes", "commitments", "completionReport", "followUpNote", "ratings",
            "outcome", DEPARTMENT_CODES, PROPOSED_DEPARTMENTS, DUTY_CODES);

    private final EscalationRecords records;

    EscalationTaskListener(EscalationRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        long escalation = JointMeetingEscalationProcess.escalationId(task);
        DelegateExecution process = task.getExecution().getProcessInstance();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            String proposed = records.proposeDepartments(escalation, (String) task.getVariable(DUTY_CODES),
                    (String) task.getVariable(REPORT_IN_LIMIT));
            process.setVariable(PROPOSED_DEPARTMENTS, proposed);
            process.setVariable(DEPARTMENT_CODES, proposed);
            return;
        }
        Map<String, Object> form = task.getVariables();
        String actor = Actor.current();
        try {
            switch (task.getTaskDefinitionKey()) {
                case JointMeetingEscalationProcess.BLOW_WHISTLE -> records.whistle(escalation, form, actor);
                case JointMeetingEscalationProcess.DECIDE_CONVENING ->
                        process.setVariable(CONVENE, records.decideConvening(escalation, form, actor));
                case CONFIRM_DEPARTMENTS ->
                        process.setVariable(MEETING_TIME, records.confirmDepartments(escalation, form, actor));
                case JointMeetingEscalationProcess.REPORT_IN ->
                        records.reportedIn(escalation, (String) task.getVariable(DEPARTMENT_CODE), form, actor);
                case JointMeetingEscalationProcess.RECORD_MEETING -> records.recordMeeting(escalation, form, actor);
                case JointMeetingEscalationProcess.REPORT_COMMITMENT_DONE -> records.commitmentDone(
                        ((Number) task.getVariable(COMMITMENT_ID)).longValue(), form, actor);
                case JointMeetingEscalationProcess.FOLLOW_UP -> records.followedUp(
                        ((Number) task.getVariable(COMMITMENT_ID)).longValue(), form, actor);
                case JointMeetingEscalationProcess.EVALUATE -> records.evaluate(escalation, form, actor);
                default -> throw new IllegalStateException("No recording for " + task.getTaskDefinitionKey());
            }
        } catch (InvalidFieldException e) {
            throw new FormFieldValidationException(e.field(), e.getMessage());
        }
        FORM_TEXT.forEach(process::removeVariable);
    }
}
