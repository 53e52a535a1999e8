package cn.gongzhi.members.process;

import cn.gongzhi.members.domain.AnnualFeedbackLine;
import cn.gongzhi.members.domain.AnnualFeedbacks.PartView;
import cn.gongzhi.registry.ReportingStatus;
import cn.gongzhi.shared.process.FormView;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** What the annual feedback's steps show alike: a community's part as a table, and the form values that leave. */
final class FeedbackForms {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<String> FORM_VALUES = List.of(AnnualFeedbackProcess.UNIT_FIELD,
            AnnualFeedbackProcess.YEAR_FIELD, AnnualFeedbackProcess.OVERALL_COMMENT,
            AnnualFeedbackProcess.MEMBER_COMMENTS, AnnualFeedbackProcess.DECISION.name());

    private FeedbackForms() {}

    /** The step is recorded: the form's values leave the process (the records keep them). */
    static void recorded(DelegateTask task) {
        FORM_VALUES.forEach(task.getExecution().getProcessInstance()::removeVariableLocal);
        FORM_VALUES.forEach(task::removeVariableLocal);
    }

    /** A community's part: a heading, one table row per member, the wishes' notes and the comments. */
    static List<String> part(String unitName, int year, String communityName, PartView part) {
        List<String> lines = new ArrayList<>();
        lines.add("#### " + unitName + " " + year + "年度双向反馈：" + communityName);
        lines.add("统计于 " + WHEN.format(part.collectedAt()) + (part.recounts() > 0 ? "（已重新统计 "
                + part.recounts() + " 次）" : "") + "；只有社区党组织确认的服务计入时长和活动。");
        lines.add("");
        lines.add("| 党员 | 报到情况 | 岗位/责任区 | 确认时长 | 志愿活动 | 微心愿 | 责任区任务 | 待确认 | 未到岗 | 退回补正 |");
        lines.add("|---|---|---|---|---|---|---|---|---|---|");
        for (AnnualFeedbackLine l : part.lines()) {
            var f = l.figures();
            lines.add("| " + l.getMemberName() + " | " + reporting(l) + " | "
                    + (l.getDuties() == null ? "—" : FormView.plain(l.getDuties(), "；")) + " | "
                    + f.confirmedHours().stripTrailingZeros().toPlainString() + " 小时 | " + f.volunteerActivities()
                    + " | " + f.microWishes() + "（已实现 " + f.wishesMet() + "） | " + f.areaTasks() + " | "
                    + f.awaiting() + " | " + f.noShows() + " | " + f.returned() + " |");
        }
        lines.add("");
        for (AnnualFeedbackLine l : part.lines()) {
            for (AnnualFeedbackLine.WishNote w : l.getWishes()) {
                lines.add("- " + l.getMemberName() + "的微心愿：" + (Boolean.TRUE.equals(w.getMet()) ? "居民确认已实现"
                        : "居民表示未实现") + (w.getNote() == null ? "" : "，居民反馈：" + FormView.plain(w.getNote(), "；")));
            }
            if (l.getMemberComment() != null) {
                lines.add("- 对" + l.getMemberName() + "的评语：" + FormView.plain(l.getMemberComment(), "；"));
            }
        }
        if (part.overallComment() != null) {
            lines.add("**社区党组织总体评价**：" + FormView.plain(part.overallComment(), "；"));
        }
        if (part.sentAt() != null) {
            lines.add("**发送**：" + part.sentBy() + "，" + WHEN.format(part.sentAt()));
        }
        return lines;
    }

    private static String reporting(AnnualFeedbackLine line) {
        if (line.getReportingStatus() == null) {
            return "曾在本社区服务";
        }
        return ReportingStatus.valueOf(line.getReportingStatus()).label() + (line.getReportedOn() == null ? ""
                : "（" + line.getReportedOn() + " 报到）");
    }
}
