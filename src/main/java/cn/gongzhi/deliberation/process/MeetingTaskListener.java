package cn.gongzhi.deliberation.process;

import static cn.gongzhi.deliberation.process.DeliberationVariables.ATTENDANCE;
import static cn.gongzhi.deliberation.process.DeliberationVariables.ATTENDANCE_OPTIONS;
import static cn.gongzhi.deliberation.process.DeliberationVariables.BODY_KIND;
import static cn.gongzhi.deliberation.process.DeliberationVariables.BODY_LABEL;
import static cn.gongzhi.deliberation.process.DeliberationVariables.DUE_COUNT;
import static cn.gongzhi.deliberation.process.DeliberationVariables.HOUSEHOLDS_DUE;
import static cn.gongzhi.deliberation.process.DeliberationVariables.HOUSEHOLDS_PRESENT;
import static cn.gongzhi.deliberation.process.DeliberationVariables.MEETING_BODY;
import static cn.gongzhi.deliberation.process.DeliberationVariables.MEETING_FORM_TEXT;
import static cn.gongzhi.deliberation.process.DeliberationVariables.MEETING_ID;
import static cn.gongzhi.deliberation.process.DeliberationVariables.PRESENT_COUNT;
import static cn.gongzhi.deliberation.process.DeliberationVariables.PREVIOUS_MEETING;
import static cn.gongzhi.deliberation.process.DeliberationVariables.VOTES_FOR;

import cn.gongzhi.deliberation.domain.CaseSummaries;
import cn.gongzhi.deliberation.domain.MeetingRecorder;
import cn.gongzhi.deliberation.domain.MeetingRecorder.Counts;
import cn.gongzhi.deliberation.domain.MeetingRecorder.OpenMeeting;
import cn.gongzhi.registry.AssemblyBody;
import cn.gongzhi.registry.RegistryService.RollMember;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FieldRefusals;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.FormView.Choice;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Every "Hold … meeting" task. On create: opens the meeting record with those due to attend, from the registry now,
 * and shows the case and the roll on the form: each person due, by name, to tick who came (an assembly of all
 * residents has no roll: its form asks how many came). On complete: records attendance and votes, checked against
 * the roll offered (a tick off the roll is refused naming the field); the quorum decision reads the counts next.
 */
@Component
class MeetingTaskListener implements TaskListener {

    private final MeetingRecorder meetings;
    private final DeliberationInstances instances;
    private final CaseSummaries summaries;

    MeetingTaskListener(MeetingRecorder meetings, DeliberationInstances instances, CaseSummaries summaries) {
        this.meetings = meetings;
        this.instances = instances;
        this.summaries = summaries;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution process = task.getExecution().getProcessInstance();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            AssemblyBody body = AssemblyBody.valueOf(MEETING_BODY.required(task));
            long deliberationId = instances.deliberationOf(task);
            OpenMeeting meeting = meetings.open(deliberationId, body);
            MEETING_ID.set(process, meeting.meetingId());
            BODY_KIND.set(process, body.name());
            BODY_LABEL.set(process, body.label());
            DUE_COUNT.set(process, (long) meeting.dueCount());
            HOUSEHOLDS_DUE.set(process, (long) meeting.householdsDue());
            if (!meeting.roll().isEmpty()) {
                FormView.offer(task, ATTENDANCE_OPTIONS,
                        meeting.roll().stream().map(m -> new Choice(m.id(), m.name())).toList());
            }
            List<String> lines = new ArrayList<>(summaries.deliberation(deliberationId));
            lines.add("");
            lines.add("#### 本次会议：" + body.label());
            lines.add(meeting.roll().isEmpty()
                    ? "应到 " + meeting.dueCount() + " 人（本村（社区）十八周岁以上居民，取自登记信息）"
                            + (body == AssemblyBody.VILLAGERS_ASSEMBLY ? "，共 " + meeting.householdsDue() + " 户" : "")
                            + "。请填写实到人数。"
                    : "应到 " + meeting.dueCount() + " 人（名单取自登记信息）。请在下面的名单中勾选到会人员，实到人数按勾选计算。");
            lines.add("未达到法定人数的，会议须重新召开；未通过的，方案退回修改。");
            String previous = PREVIOUS_MEETING.get(task);
            if (previous != null) {
                lines.add("");
                lines.add("**" + previous + "**");
            }
            FormView.summary(task, lines);
            task.setDescription(body.label() + "：应到 " + meeting.dueCount() + " 人");
            return;
        }
        Counts counts = FieldRefusals.translated(() -> {
            List<RollMember> present = null;
            List<Choice> roll = FormView.offered(task, ATTENDANCE_OPTIONS);
            List<Choice> ticked = FormView.chosenAll(task, task.getVariables(), ATTENDANCE, "到会人员",
                    ATTENDANCE_OPTIONS, !roll.isEmpty());
            if (!roll.isEmpty()) {
                present = ticked.stream().map(c -> new RollMember(c.value(), c.label())).toList();
            }
            return meetings.record(instances.meetingOf(task), task.getVariables(), present, Actors.current());
        });
        MEETING_FORM_TEXT.forEach(process::removeVariable);
        PRESENT_COUNT.set(process, (long) counts.presentCount());
        HOUSEHOLDS_PRESENT.set(process, (long) counts.householdsPresent());
        VOTES_FOR.set(process, (long) counts.votesFor());
    }
}
