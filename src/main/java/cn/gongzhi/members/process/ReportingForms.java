package cn.gongzhi.members.process;

import cn.gongzhi.registry.PartyMemberReporting.ReportingView;
import cn.gongzhi.shared.process.FormView;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** What the reporting's step handlers share: the member's lines every form shows, and the values that leave. */
final class ReportingForms {

    private static final List<String> FORM_VALUES = List.of(PartyMemberReportingProcess.MEMBER_FIELD,
            PartyMemberReportingProcess.COMMUNITY_FIELD, PartyMemberReportingProcess.DUTY_FIELD,
            PartyMemberReportingProcess.REASON_FIELD);

    private ReportingForms() {}

    /** The step is recorded: the form's values leave the process (the registry keeps them). */
    static void recorded(DelegateTask task) {
        FORM_VALUES.forEach(task.getExecution().getProcessInstance()::removeVariable);
    }

    static List<String> member(ReportingView view) {
        List<String> lines = new ArrayList<>();
        lines.add("#### 党员报到：" + view.name());
        if (view.communityName() != null) {
            lines.add("**居住地社区（村）**：" + view.communityName());
        }
        if (view.workUnit() != null) {
            lines.add("**工作单位党组织**：" + view.workUnit());
        }
        lines.add("**报到状态**：" + (view.status() == null ? "未报到" : view.status().label())
                + (view.reportedOn() == null ? "" : "（" + view.reportedOn() + " 报到）"));
        if (!view.duties().isEmpty()) {
            lines.add("**担任**：" + String.join("；", view.duties()));
        }
        if (view.note() != null) {
            lines.add("**社区党组织意见**：" + FormView.plain(view.note(), "；"));
        }
        return lines;
    }
}
