package cn.gongzhi.members.process;

import cn.gongzhi.members.domain.FeedbackDelivery;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_RemindUnit: the limit is near; the report records the reminder (her task stays in her Tasklist). */
@Component
class RemindUnitDelegate implements JavaDelegate {

    private final FeedbackDelivery delivery;
    private final FeedbackReports reports;

    RemindUnitDelegate(FeedbackDelivery delivery, FeedbackReports reports) {
        this.delivery = delivery;
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        delivery.reminded(reports.reportOf(execution));
    }
}
