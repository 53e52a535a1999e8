package cn.gongzhi.deliberation.process;

import static cn.gongzhi.deliberation.process.DeliberationVariables.BODY_KIND;
import static cn.gongzhi.deliberation.process.DeliberationVariables.BODY_LABEL;
import static cn.gongzhi.deliberation.process.DeliberationVariables.DUE_COUNT;
import static cn.gongzhi.deliberation.process.DeliberationVariables.HOUSEHOLDS_DUE;
import static cn.gongzhi.deliberation.process.DeliberationVariables.HOUSEHOLDS_PRESENT;
import static cn.gongzhi.deliberation.process.DeliberationVariables.MEETING_BODY;
import static cn.gongzhi.deliberation.process.DeliberationVariables.MEETING_FORM_TEXT;
import static cn.gongzhi.deliberation.process.DeliberationVariables.MEETING_ID;
import static cn.gongzhi.deliberation.process.DeliberationVariables.PRESENT_COUNT;
import static cn.gongzhi.deliberation.process.DeliberationVariables.VOTES_FOR;

import cn.gongzhi.deliberation.domain.MeetingRecorder;
import cn.gongzhi.deliberation.domain.MeetingRecorder.Counts;
import cn.gongzhi.deliberation.domain.MeetingRecorder.OpenMeeting;
import cn.gongzhi.registry.AssemblyBody;
import cn.gongzhi.shared.InvalidFieldException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Every "Hold … meeting" task. On create: opens the meeting record with those due to attend, from the registry now.
 * On complete: records attendance and votes, checked against the roll; the quorum decision reads the counts next.
 */
@Component
class MeetingTaskListener implements TaskListener {

    private final MeetingRecorder meetings;

    MeetingTaskListener(MeetingRecorder meetings) {
        this.meetings = meetings;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution process = task.getExecution().getProcessInstance();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            AssemblyBody body = AssemblyBody.valueOf((String) task.getVariable(MEETING_BODY));
            OpenMeeting meeting = meetings.open(DeliberationVariables.deliberationId(task), body);
            process.setVariable(MEETING_ID, meeting.meetingId());
            process.setVariable(BODY_KIND, body.name());
            process.setVariable(BODY_LABEL, body.label());
            process.setVariable(DUE_COUNT, meeting.dueCount());
            process.setVariable(HOUSEHOLDS_DUE, meeting.householdsDue());
            task.setDescription(body.label() + "：应到 " + meeting.dueCount() + " 人");
            return;
        }
        Counts counts;
        try {
            counts = meetings.record(((Number) task.getVariable(MEETING_ID)).longValue(), task.getVariables(),
                    Actor.current());
        } catch (InvalidFieldException e) {
            throw new FormFieldValidationException(e.field(), e.getMessage());
        }
        MEETING_FORM_TEXT.forEach(process::removeVariable);
        process.setVariable(PRESENT_COUNT, counts.presentCount());
        process.setVariable(HOUSEHOLDS_PRESENT, counts.householdsPresent());
        process.setVariable(VOTES_FOR, counts.votesFor());
    }
}
