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
import cn.gongzhi.deliberation.domain.MeetingRecorder.Attendance;
import cn.gongzhi.deliberation.domain.MeetingRecorder.OpenMeeting;
import cn.gongzhi.deliberation.domain.MeetingRecorder.Votes;
import cn.gongzhi.registry.AssemblyBody;
import cn.gongzhi.registry.RegistryService.RollMember;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.FormView.Choice;
import cn.gongzhi.shared.process.StepHandler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Every "Hold … meeting" task (the body that meets is the task's input parameter {@code meetingBody}). Opened: the
 * meeting record is opened with those due to attend, from the registry now, and the form shows the case and the roll:
 * each person due, by name, to tick who came (an assembly of all residents has no roll: its form asks how many came).
 * Completed: attendance and votes are read against the roll offered and the counts due (a tick off the roll is
 * refused naming the field) and recorded; the quorum decision reads the counts next.
 */
@Component
class HoldMeetingStep implements StepHandler {

    static final String HELD_ON = "heldOn";
    static final String PRESENT = "presentCount";
    static final String HOUSEHOLDS = "householdsPresent";
    static final String VOTES_AGAINST = "votesAgainst";
    static final String VOTES_ABSTAIN = "votesAbstain";
    static final String MINUTES = "minutes";

    private final MeetingRecorder meetings;
    private final DeliberationInstances instances;
    private final CaseSummaries summaries;

    HoldMeetingStep(MeetingRecorder meetings, DeliberationInstances instances, CaseSummaries summaries) {
        this.meetings = meetings;
        this.instances = instances;
        this.summaries = summaries;
    }

    @Override
    public String step() {
        return "holdMeeting";
    }

    @Override
    public void opened(DelegateTask task) {
        DelegateExecution process = task.getExecution().getProcessInstance();
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
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        long meetingId = instances.meetingOf(task);
        AssemblyBody body = AssemblyBody.valueOf(BODY_KIND.required(task));
        int due = DUE_COUNT.required(task).intValue();
        LocalDate heldOn = FormInput.date(form.raw(HELD_ON), HELD_ON, "", "会议日期", null);
        Attendance attendance = attendance(task, form, body, due);
        int present = attendance.presentCount();
        Votes votes = new Votes(form.count(VOTES_FOR.name(), "请填写赞成票数", 0, present),
                form.count(VOTES_AGAINST, "请填写反对票数", 0, present),
                form.count(VOTES_ABSTAIN, "请填写弃权票数", 0, present));
        String minutes = form.note(MINUTES, "请填写会议记录");
        meetings.record(meetingId, heldOn, attendance, votes, minutes, Actors.current());
        DelegateExecution process = task.getExecution().getProcessInstance();
        MEETING_FORM_TEXT.forEach(process::removeVariable);
        PRESENT_COUNT.set(process, (long) present);
        HOUSEHOLDS_PRESENT.set(process, (long) attendance.householdsPresent());
        VOTES_FOR.set(process, (long) votes.votesFor());
    }

    /**
     * Who came: the members ticked on the roll offered, and then no count is typed besides; where no roll is offered,
     * the count typed, up to those due. A villagers' assembly may also count the households represented.
     */
    private static Attendance attendance(DelegateTask task, FormInput form, AssemblyBody body, int due) {
        boolean roll = !FormView.offered(task, ATTENDANCE_OPTIONS).isEmpty();
        List<Choice> ticked = form.chosenAll(ATTENDANCE, "到会人员", ATTENDANCE_OPTIONS, roll);
        int households = body == AssemblyBody.VILLAGERS_ASSEMBLY && form.raw(HOUSEHOLDS) != null
                ? form.count(HOUSEHOLDS, "请填写到会户代表数", 0, HOUSEHOLDS_DUE.required(task).intValue()) : 0;
        if (!roll) {
            return Attendance.counted(form.count(PRESENT, "请填写实到人数", 0, due), households);
        }
        Object typed = form.raw(PRESENT);
        if (typed != null && !typed.toString().isBlank()
                && !(typed instanceof Number n && n.doubleValue() == ticked.size())) {
            throw new InvalidFieldException(PRESENT, "实到人数按勾选的到会人员计算（勾选了 " + ticked.size()
                    + " 人），不另外填写");
        }
        return Attendance.ticked(ticked.stream().map(c -> new RollMember(c.value(), c.label())).toList(),
                households);
    }
}
