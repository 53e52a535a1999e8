package cn.gongzhi.members.process;

import cn.gongzhi.members.domain.AnnualFeedbacks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_RecountFeedback: the community's part is counted anew from the records; the new figures replace the old. */
@Component
class RecountFeedbackDelegate implements JavaDelegate {

    private final AnnualFeedbacks feedbacks;
    private final FeedbackReports reports;

    RecountFeedbackDelegate(AnnualFeedbacks feedbacks, FeedbackReports reports) {
        this.feedbacks = feedbacks;
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        feedbacks.recount(reports.reportOf(execution), AnnualFeedbackProcess.COMMUNITY_CODE.required(execution));
        execution.removeVariableLocal(AnnualFeedbackProcess.DECISION.name());
    }
}
