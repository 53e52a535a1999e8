package cn.gongzhi.members.process;

import cn.gongzhi.members.domain.AnnualFeedbackReport;
import cn.gongzhi.members.domain.AnnualFeedbacks;
import cn.gongzhi.members.domain.AnnualFeedbacks.PartView;
import cn.gongzhi.members.domain.FeedbackDelivery;
import cn.gongzhi.registry.PartyMemberLogins;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.StepHandler;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_ConfirmReceipt (确认收到反馈): the unit's contact reads every community's part and confirms receipt; only
 * she (403 for anyone else, nothing written).
 */
@Component
class ConfirmReceiptStep implements StepHandler {

    private final AnnualFeedbacks feedbacks;
    private final FeedbackDelivery delivery;
    private final FeedbackReports reports;
    private final PartyMemberLogins logins;
    private final RegistryService registry;

    ConfirmReceiptStep(AnnualFeedbacks feedbacks, FeedbackDelivery delivery, FeedbackReports reports,
            PartyMemberLogins logins, RegistryService registry) {
        this.feedbacks = feedbacks;
        this.delivery = delivery;
        this.reports = reports;
        this.logins = logins;
        this.registry = registry;
    }

    @Override
    public String step() {
        return "confirmReceipt";
    }

    @Override
    public void opened(DelegateTask task) {
        long reportId = reports.reportOf(task);
        AnnualFeedbackReport report = feedbacks.report(reportId);
        String unit = logins.unit(report.getOrgId()).map(u -> u.name()).orElse("");
        List<String> lines = new ArrayList<>();
        for (PartView part : feedbacks.partViews(reportId)) {
            lines.addAll(FeedbackForms.part(unit, report.getYear(), registry.community(part.communityCode())
                    .map(CommunityRef::name).orElse(part.communityCode()), part));
            lines.add("");
        }
        lines.add("请在 " + report.getConfirmDue().toLocalDate() + " 前确认收到，并用于党员的年度考核。");
        FormView.summary(task, lines);
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        delivery.confirm(reports.reportOf(task), Actors.current());
    }
}
