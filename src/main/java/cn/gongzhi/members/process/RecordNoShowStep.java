package cn.gongzhi.members.process;

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
 * Activity_RecordNoShow: the member did not record her service within the configured window after the end (or after
 * a send-back); the community's Party organisation records her as a no-show. Her claim counts no hours.
 */
@Component
class RecordNoShowStep implements StepHandler {

    private final ServicePublishing publishing;
    private final ServiceRecords records;
    private final ActiveMembers members;

    RecordNoShowStep(ServicePublishing publishing, ServiceRecords records, ActiveMembers members) {
        this.publishing = publishing;
        this.records = records;
        this.members = members;
    }

    @Override
    public String step() {
        return "recordNoShow";
    }

    @Override
    public void opened(DelegateTask task) {
        ServiceClaim claim = records.claim(ServiceInstances.claimOf(task, publishing, records));
        java.util.List<String> lines = new java.util.ArrayList<>(ServiceForms.claim(records.item(claim.getItemId()),
                claim, members.name(claim.getMemberId()).orElse("")));
        lines.add("该党员未在规定期限内登记服务，完成本任务即记为未到岗。");
        FormView.summary(task, lines);
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        long claimId = ServiceInstances.claimOf(task, publishing, records);
        String actor = ServiceForms.requireBranch(records.item(records.claim(claimId).getItemId()));
        records.noShow(claimId, actor);
    }
}
