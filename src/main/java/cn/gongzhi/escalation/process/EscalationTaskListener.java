package cn.gongzhi.escalation.process;

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
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.Starter;
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
            "outcome", DEPARTMENT_CODES.name(), PROPOSED_DEPARTMENTS.name(), DUTY_CODES.name());

    private final EscalationRecords records;
    private final EscalationInstances instances;

    EscalationTaskListener(EscalationRecords records, EscalationInstances instances) {
        this.records = records;
        this.instances = instances;
    }

    @Override
    public void notify(DelegateTask task) {
        long escalation = instances.escalationOf(task);
        DelegateExecution process = task.getExecution().getProcessInstance();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            String proposed = records.proposeDepartments(escalation, DUTY_CODES.required(task),
                    REPORT_IN_LIMIT.required(task));
            PROPOSED_DEPARTMENTS.set(process, proposed);
            DEPARTMENT_CODES.set(process, proposed);
            return;
        }
        Map<String, Object> form = task.getVariables();
        Starter starter = Actors.starter().orElse(null);
        String actor = starter == null ? null : starter.userId();
        try {
            switch (task.getTaskDefinitionKey()) {
                case JointMeetingEscalationProcess.BLOW_WHISTLE -> records.whistle(escalation, form, actor);
                case JointMeetingEscalationProcess.DECIDE_CONVENING ->
                        CONVENE.set(process, records.decideConvening(escalation, form, actor));
                case CONFIRM_DEPARTMENTS ->
                        MEETING_TIME.set(process, records.confirmDepartments(escalation, form, actor));
                case JointMeetingEscalationProcess.REPORT_IN ->
                        records.reportedIn(escalation, DEPARTMENT_CODE.required(task), form, actor);
                case JointMeetingEscalationProcess.RECORD_MEETING -> records.recordMeeting(escalation, form, actor);
                case JointMeetingEscalationProcess.REPORT_COMMITMENT_DONE -> records.commitmentDone(
                        instances.commitmentOf(task), form, actor);
                case JointMeetingEscalationProcess.FOLLOW_UP -> records.followedUp(
                        instances.commitmentOf(task), form, actor);
                case JointMeetingEscalationProcess.EVALUATE -> records.evaluate(escalation, form, starter);
                default -> throw new IllegalStateException("No recording for " + task.getTaskDefinitionKey());
            }
        } catch (InvalidFieldException e) {
            throw new FormFieldValidationException(e.field(), e.getMessage());
        }
        FORM_TEXT.forEach(process::removeVariable);
    }
}
