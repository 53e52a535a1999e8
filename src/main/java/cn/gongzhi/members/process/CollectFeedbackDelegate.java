package cn.gongzhi.members.process;

import cn.gongzhi.members.domain.AnnualFeedbacks;
import cn.gongzhi.registry.PartyMemberLogins;
import cn.gongzhi.shared.process.CommonVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Activity_CollectFeedback: the unit's members' records of the year are counted into the report, one part per
 * community; the first community names the instance for its supervisors, the unit and year label Tasklist's rows.
 */
@Component
class CollectFeedbackDelegate implements JavaDelegate {

    private final AnnualFeedbacks feedbacks;
    private final PartyMemberLogins logins;

    CollectFeedbackDelegate(AnnualFeedbacks feedbacks, PartyMemberLogins logins) {
        this.feedbacks = feedbacks;
        this.logins = logins;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long reportId = AnnualFeedbackProcess.REPORT_ID.required(execution);
        feedbacks.bindOrRequire(reportId, execution.getProcessInstanceId());
        List<String> communities = feedbacks.collect(reportId);
        var report = feedbacks.report(reportId);
        AnnualFeedbackProcess.ORG_ID.set(execution, report.getOrgId());
        if (!communities.isEmpty()) {
            AnnualFeedbackProcess.COMMUNITY_CODE.set(execution, communities.get(0));
        }
        CommonVariables.MATTER_CATEGORY.set(execution, "年度双向反馈");
        CommonVariables.MATTER_SUMMARY.set(execution, logins.unit(report.getOrgId()).map(u -> u.name()).orElse("")
                + " " + report.getYear() + "年度");
    }
}
