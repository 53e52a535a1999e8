package cn.gongzhi.members.process;

import static cn.gongzhi.members.process.CommunityServiceProcess.CONFIRM;
import static cn.gongzhi.members.process.CommunityServiceProcess.RETURN;
import static cn.gongzhi.members.process.CommunityServiceProcess.SEND_BACK_REASON;
import static cn.gongzhi.members.process.CommunityServiceProcess.SERVICE_CONFIRMED;

import cn.gongzhi.members.domain.ServiceClaim;
import cn.gongzhi.members.domain.ServicePublishing;
import cn.gongzhi.members.domain.ServiceRecords;
import cn.gongzhi.registry.ActiveMembers;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.StepHandler;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_ConfirmService: the community's Party organisation (checked against the item's community, 403 otherwise)
 * confirms the member's recorded service, whose hours then count, or returns it with its reason; the decision is local
 * to the member's scope, so the members' services settle independently.
 */
@Component
class ConfirmServiceStep implements StepHandler {

    private final ServicePublishing publishing;
    private final ServiceRecords records;
    private final ActiveMembers members;

    ConfirmServiceStep(ServicePublishing publishing, ServiceRecords records, ActiveMembers members) {
        this.publishing = publishing;
        this.records = records;
        this.members = members;
    }

    @Override
    public String step() {
        return "confirmService";
    }

    @Override
    public void opened(DelegateTask task) {
        ServiceClaim claim = records.claim(ServiceInstances.claimOf(task, publishing, records));
        FormView.summary(task, ServiceForms.claim(records.item(claim.getItemId()), claim,
                members.name(claim.getMemberId()).orElse("")));
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        long claimId = ServiceInstances.claimOf(task, publishing, records);
        String decision = form.oneOf(SERVICE_CONFIRMED.name(), "请选择确认服务，或退回补正", CONFIRM, RETURN);
        String reason = RETURN.equals(decision) ? form.text(SEND_BACK_REASON, "退回时请说明需要补正的内容", 2000) : null;
        String actor = ServiceForms.requireBranch(records.item(records.claim(claimId).getItemId()));
        if (CONFIRM.equals(decision)) {
            records.confirm(claimId, actor);
        } else {
            records.sendBack(claimId, reason);
        }
        ServiceForms.recorded(task);
        task.getExecution().setVariableLocal(SERVICE_CONFIRMED.name(), decision);
    }
}
