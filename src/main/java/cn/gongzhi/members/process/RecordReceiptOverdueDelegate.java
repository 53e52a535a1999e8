package cn.gongzhi.members.process;

import cn.gongzhi.members.domain.FeedbackDelivery;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_RecordReceiptOverdue: the limit passed unconfirmed; recorded, and her task stays open (not cancelled). */
@Component
class RecordReceiptOverdueDelegate implements JavaDelegate {

    private final FeedbackDelivery delivery;
    private final FeedbackReports reports;

    RecordReceiptOverdueDelegate(FeedbackDelivery delivery, FeedbackReports reports) {
        this.delivery = delivery;
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        delivery.overdue(reports.reportOf(execution));
    }
}
