package cn.gongzhi.members.process;

import cn.gongzhi.members.domain.AnnualFeedbacks;
import cn.gongzhi.members.domain.FeedbackDelivery;
import cn.gongzhi.shared.process.ModelFunctions;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * What processes/AnnualFeedbackProcess.bpmn reads from the report instead of variables: the communities whose
 * branches review it, the unit's contact, the confirmation's limit and the reminder. One of the few beans models may
 * call (docs/processes/designing.md): it only reads.
 */
@Component("annualFeedbacks")
@ModelFunctions
public class FeedbackReports {

    private final AnnualFeedbacks feedbacks;
    private final FeedbackDelivery delivery;
    private final Clock clock;

    FeedbackReports(AnnualFeedbacks feedbacks, FeedbackDelivery delivery, Clock clock) {
        this.feedbacks = feedbacks;
        this.delivery = delivery;
        this.clock = clock;
    }

    /** The communities of the report's parts: one review each. */
    public List<String> communities(DelegateExecution execution) {
        return feedbacks.partViews(reportOf(execution)).stream().map(AnnualFeedbacks.PartView::communityCode).toList();
    }

    /** The login of the unit's contact: the confirmation of receipt is hers. */
    public String contact(DelegateExecution execution) {
        return delivery.contact(reportOf(execution));
    }

    /** When the contact's confirmation is due (the task's due date and the overdue timer). */
    public Date confirmDue(DelegateExecution execution) {
        return date(delivery.confirmDue(reportOf(execution)));
    }

    /** When the contact is reminded. */
    public Date reminderAt(DelegateExecution execution) {
        return date(delivery.reminderAt(reportOf(execution)));
    }

    long reportOf(VariableScope scope) {
        long reportId = AnnualFeedbackProcess.REPORT_ID.required(scope);
        String instance = scope instanceof DelegateExecution e ? e.getProcessInstanceId()
                : ((DelegateTask) scope).getProcessInstanceId();
        feedbacks.requireBound(reportId, instance);
        return reportId;
    }

    private Date date(LocalDateTime at) {
        return Date.from(at.atZone(clock.getZone()).toInstant());
    }
}
