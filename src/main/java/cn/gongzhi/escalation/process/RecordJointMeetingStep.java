package cn.gongzhi.escalation.process;

import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.ATTENDANCE;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.COMMITMENTS;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.CONVENED_OPTIONS;

import cn.gongzhi.escalation.domain.Convening;
import cn.gongzhi.escalation.domain.EscalationCases;
import cn.gongzhi.escalation.domain.EscalationCases.CaseView;
import cn.gongzhi.escalation.domain.EscalationCases.Convened;
import cn.gongzhi.escalation.domain.FollowUpVolunteers;
import cn.gongzhi.escalation.domain.FollowUpVolunteers.Request;
import cn.gongzhi.escalation.domain.JointMeetings;
import cn.gongzhi.escalation.domain.JointMeetings.CommitmentEntry;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.StepHandler;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_RecordJointMeeting: when the meeting begins report-in closes; the street records who attended among the
 * convened departments, the minutes, and each department's commitments as rows (department, measure, due date); it may
 * ask the community's Party members for volunteers in the follow-up (a number, 0 for none, and the task), which the
 * members module offers them as a service item.
 */
@Component
class RecordJointMeetingStep implements StepHandler {

    private final Convening convening;
    private final JointMeetings meetings;
    private final EscalationCases cases;
    private final EscalationInstances instances;
    private final FollowUpVolunteers volunteers;

    RecordJointMeetingStep(Convening convening, JointMeetings meetings, EscalationCases cases,
            EscalationInstances instances, FollowUpVolunteers volunteers) {
        this.convening = convening;
        this.meetings = meetings;
        this.cases = cases;
        this.instances = instances;
        this.volunteers = volunteers;
    }

    @Override
    public String step() {
        return "recordJointMeeting";
    }

    @Override
    public void opened(DelegateTask task) {
        long escalation = instances.escalationOf(task);
        convening.closeReportIn(escalation);
        CaseView view = cases.caseView(escalation);
        FormView.offer(task, CONVENED_OPTIONS, EscalationForms.convened(view));
        List<String> lines = EscalationForms.whistle(view);
        lines.add("**会议时间**：" + EscalationForms.minute(view.meetingTime()));
        lines.add("**报到情况**：");
        for (Convened d : view.departments()) {
            lines.add("- " + d.name() + "：" + (d.reportedAt() == null ? "未报到（记为缺席、迟到）"
                    : EscalationForms.minute(d.reportedAt()) + " 已报到" + (d.late() ? "（迟到）" : "")));
        }
        FormView.summary(task, lines);
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        long escalation = instances.escalationOf(task);
        List<String> attended = form.chosenValues(ATTENDANCE, "到会部门", CONVENED_OPTIONS, true);
        List<CommitmentEntry> commitments = form.rows(COMMITMENTS, "部门承诺").stream().map(row -> new CommitmentEntry(
                row.cell("department"), row.cell("measure"), row.cell("dueDate"))).toList();
        Object minutes = form.raw("minutes");
        Request asked = volunteers.read(form.raw(FollowUpVolunteers.COUNT_FIELD),
                form.raw(FollowUpVolunteers.TASK_FIELD));
        meetings.recordMeeting(escalation, attended, commitments, minutes == null ? null : minutes.toString(),
                Actors.current());
        volunteers.request(escalation, asked, Actors.current());
        EscalationForms.recorded(task);
    }
}
