package cn.gongzhi.members.process;

import cn.gongzhi.registry.UnitReportingAgreements.AgreementView;
import cn.gongzhi.shared.process.FormView;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** What the unit reporting's steps share: the agreement's lines, and the form values that leave the process. */
final class UnitForms {

    private static final List<String> FORM_VALUES = List.of(UnitReportingProcess.COMMUNITY_FIELD,
            UnitReportingProcess.RESOURCES_FIELD, UnitReportingProcess.TERM_START_FIELD,
            UnitReportingProcess.TERM_END_FIELD, UnitReportingProcess.REASON_FIELD);

    private UnitForms() {}

    static void recorded(DelegateTask task) {
        FORM_VALUES.forEach(task.getExecution().getProcessInstance()::removeVariable);
    }

    static List<String> agreement(AgreementView view) {
        List<String> lines = new ArrayList<>();
        lines.add("#### 单位报到：" + view.orgName());
        lines.add("**报到社区（村）**：" + view.communityName());
        lines.add("**联系人**：" + view.contactName() + (view.contactPhone() == null ? "" : "，" + view.contactPhone()));
        lines.add("**共建资源**：" + FormView.plain(view.resourcesOffered(), "；"));
        lines.add("**协议期限**：" + view.termStart() + " 至 " + view.termEnd());
        if (view.note() != null) {
            lines.add("**社区党组织意见**：" + FormView.plain(view.note(), "；"));
        }
        return lines;
    }
}
