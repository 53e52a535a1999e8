package cn.gongzhi.escalation.process;

import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.ATTENDANCE;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.COMMITMENTS;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.DEPARTMENTS;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.DUTY_CODES;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.RATINGS;
import static cn.gongzhi.escalation.process.JointMeetingEscalationProcess.RELATED_PETITIONS;

import cn.gongzhi.escalation.domain.EscalationCases.CaseView;
import cn.gongzhi.escalation.domain.FollowUpVolunteers;
import cn.gongzhi.shared.Masking;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.FormView.Choice;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What the escalation's step handlers share: the lines of the case every form shows, the convened departments as
 * choices, and the form values that leave the process once a step has recorded them (our records keep them).
 */
final class EscalationForms {

    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<String> FORM_VALUES = List.of("reason", "triedSoFar", RELATED_PETITIONS, "instructions",
            DEPARTMENTS, "liaisonName", ATTENDANCE, "minutes", COMMITMENTS, FollowUpVolunteers.COUNT_FIELD,
            FollowUpVolunteers.TASK_FIELD, "completionReport", "followUpNote", RATINGS, "outcome", DUTY_CODES.name());

    private EscalationForms() {}

    /** The step is recorded: the form's values leave the process. */
    static void recorded(DelegateTask task) {
        FORM_VALUES.forEach(task.getExecution().getProcessInstance()::removeVariable);
    }

    /** The matter: number, category, community, related petitions. */
    static List<String> matter(CaseView view) {
        List<String> lines = new ArrayList<>();
        lines.add("#### " + view.number() + " " + view.categoryName());
        lines.add("**社区（村）**：" + view.communityName());
        if (!view.petitions().isEmpty()) {
            lines.add("**相关诉求**：" + String.join("、", view.petitions()));
        }
        return lines;
    }

    /** The matter with the whistle and the street's instructions so far. */
    static List<String> whistle(CaseView view) {
        List<String> lines = matter(view);
        if (view.reason() != null) {
            lines.add("**吹哨理由**：" + FormView.plain(view.reason(), "；"));
        }
        if (view.triedSoFar() != null) {
            lines.add("**已采取的措施**：" + FormView.plain(view.triedSoFar(), "；"));
        }
        if (view.instructions() != null) {
            lines.add("**街道党工委意见**：" + FormView.plain(view.instructions(), "；"));
        }
        return lines;
    }

    static List<Choice> convened(CaseView view) {
        return view.departments().stream().map(d -> new Choice(d.code(), d.name())).toList();
    }

    static void prefill(DelegateTask task, String field, String value) {
        if (value != null && !value.isBlank()) {
            task.setVariableLocal(field, Masking.text(value));
        }
    }

    static String minute(LocalDateTime time) {
        return time == null ? "未定" : time.format(MINUTE);
    }

    static String limit(String isoDuration) {
        Duration d = Duration.parse(isoDuration);
        return d.toMinutes() % (24 * 60) == 0 ? d.toDays() + " 天" : d.toMinutes() % 60 == 0 ? d.toHours() + " 小时"
                : d.toMinutes() + " 分钟";
    }
}
