package cn.gongzhi.members.process;

import cn.gongzhi.members.domain.FeedbackDelivery;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_SendFeedback: every community's part is sent; the report goes to the unit, its confirmation due. */
@Component
class SendFeedbackDelegate implements JavaDelegate {

    private final FeedbackDelivery delivery;
    private final FeedbackReports reports;

    SendFeedbackDelegate(FeedbackDelivery delivery, FeedbackReports reports) {
        this.delivery = delivery;
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        delivery.send(reports.reportOf(execution));
    }
}
