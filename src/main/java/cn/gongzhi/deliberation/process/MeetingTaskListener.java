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
import cn.gongzhi.shared.process.Actors;
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
    private final DeliberationInstances instances;

    MeetingTaskListener(MeetingRecorder meetings, DeliberationInstances instances) {
        this.meetings = meetings;
        this.instances = instances;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution process = task.getExecution().getProcessInstance();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            AssemblyBody body = AssemblyBody.valueOf(MEETING_BODY.required(task));
            OpenMeeting meeting = meetings.open(instances.deliberationOf(task), body);
            MEETING_ID.set(process, meeting.meetingId());
            BODY_KIND.set(process, body.name());
            BODY_LABEL.set(process, body.label());
            DUE_COUNT.set(process, (long) meeting.dueCount());
            HOUSEHOLDS_DUE.set(process, (long) meeting.householdsDue());
            task.setDescription(body.label() + "：应到 " + meeting.dueCount() + " 人");
            return;
        }
        Counts counts;
        try {
            counts = meetings.record(instances.meetingOf(task), task.getVariables(), Actors.current());
        } catch (InvalidFieldException e) {
            throw new FormFieldValidationException(e.field(), e.getMessage());
        }
        MEETING_FORM_TEXT.forEach(process::removeVariable);
        PRESENT_COUNT.set(process, (long) counts.presentCount());
        HOUSEHOLDS_PRESENT.set(process, (long) counts.householdsPresent());
        VOTES_FOR.set(process, (long) counts.votesFor());
    }
}
