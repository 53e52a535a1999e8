package cn.gongzhi.members.process;

import cn.gongzhi.members.domain.ServicePublishing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Activity_RemindMembers: the configured lead before the service starts, the item records the reminder; each member
 * who claimed then finds her 登记服务情况 task in Tasklist, due at the end of the record window.
 */
@Component
class RemindMembersDelegate implements JavaDelegate {

    private final ServicePublishing publishing;
    private final ServiceItems items;

    RemindMembersDelegate(ServicePublishing publishing, ServiceItems items) {
        this.publishing = publishing;
        this.items = items;
    }

    @Override
    public void execute(DelegateExecution execution) {
        publishing.reminded(items.itemOf(execution));
    }
}
