package cn.gongzhi.members.process;

import static cn.gongzhi.members.process.CommunityServiceProcess.RESIDENT_NOTE;
import static cn.gongzhi.members.process.CommunityServiceProcess.WISH_MET;

import cn.gongzhi.identity.GroupIds;
import cn.gongzhi.members.domain.ServiceItem;
import cn.gongzhi.members.domain.ServicePublishing;
import cn.gongzhi.members.domain.ServiceRecords;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.StepHandler;
import cn.gongzhi.shared.process.StepRefused;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_RecordResidentConfirmation: residents have no login, so whoever called the resident back (the community's
 * Party organisation or one of its workers, checked) records whether her micro-wish was met. Her phone is shown
 * masked; her answer closes the item 已实现 or 未实现.
 */
@Component
class RecordResidentConfirmationStep implements StepHandler {

    private final ServicePublishing publishing;
    private final ServiceRecords records;

    RecordResidentConfirmationStep(ServicePublishing publishing, ServiceRecords records) {
        this.publishing = publishing;
        this.records = records;
    }

    @Override
    public String step() {
        return "recordResidentConfirmation";
    }

    @Override
    public void opened(DelegateTask task) {
        FormView.summary(task, ServiceForms.resident(records.item(ServiceInstances.itemOf(task, publishing))));
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        long itemId = ServiceInstances.itemOf(task, publishing);
        boolean met = form.yesOrNo(WISH_MET, "请选择居民是否确认心愿已实现");
        String note = form.optionalText(RESIDENT_NOTE, 2000);
        ServiceItem item = records.item(itemId);
        String code = item.getCommunityCode();
        if (Actors.starter().filter(s -> s.isIn(GroupIds.partyBranch(code)) || s.isIn(GroupIds.workers(code)))
                .isEmpty()) {
            throw new StepRefused("只有本社区党组织或社区工作者可以登记居民的确认；" + Actors.current() + " 不是");
        }
        records.residentAnswered(itemId, met, note, Actors.current());
        ServiceForms.recorded(task);
    }
}
