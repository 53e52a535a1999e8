package cn.gongzhi.members.process;

import cn.gongzhi.members.domain.ServiceRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_CloseServiceItem: every member's service is settled; the item closes (已实现, 未实现 or 已完成). */
@Component
class CloseServiceItemDelegate implements JavaDelegate {

    private final ServiceRecords records;
    private final ServiceItems items;

    CloseServiceItemDelegate(ServiceRecords records, ServiceItems items) {
        this.records = records;
        this.items = items;
    }

    @Override
    public void execute(DelegateExecution execution) {
        records.close(items.itemOf(execution));
    }
}
