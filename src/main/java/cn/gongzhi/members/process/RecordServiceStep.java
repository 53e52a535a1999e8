package cn.gongzhi.members.process;

import static cn.gongzhi.members.process.CommunityServiceProcess.HOURS;
import static cn.gongzhi.members.process.CommunityServiceProcess.WORK_DONE;

import cn.gongzhi.members.domain.ServiceClaim;
import cn.gongzhi.members.domain.ServicePublishing;
import cn.gongzhi.members.domain.ServiceRecords;
import cn.gongzhi.registry.ActiveMembers;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.StepHandler;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_RecordService, the member's own step: the hours she served and what she did. The records check that she
 * is the member who claimed (403 otherwise) and the hours' limits; after a send-back it opens again with the branch's
 * reason.
 */
@Component
class RecordServiceStep implements StepHandler {

    private final ServicePublishing publishing;
    private final ServiceRecords records;
    private final ActiveMembers members;

    RecordServiceStep(ServicePublishing publishing, ServiceRecords records, ActiveMembers members) {
        this.publishing = publishing;
        this.records = records;
        this.members = members;
    }

    @Override
    public String step() {
        return "recordService";
    }

    @Override
    public void opened(DelegateTask task) {
        long claimId = ServiceInstances.claimOf(task, publishing, records);
        ServiceClaim claim = records.claim(claimId);
        FormView.summary(task, ServiceForms.claim(records.item(claim.getItemId()), claim,
                members.name(claim.getMemberId()).orElse("")));
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        long claimId = ServiceInstances.claimOf(task, publishing, records);
        BigDecimal hours = hours(form.raw(HOURS));
        records.requireHours(hours);
        String workDone = form.text(WORK_DONE, "请填写服务情况", 2000);
        records.record(claimId, Actors.current(), hours, workDone);
        ServiceForms.recorded(task);
    }

    private static BigDecimal hours(Object raw) {
        if (raw == null || raw.toString().isBlank()) {
            throw new InvalidFieldException(HOURS, "请填写服务时长");
        }
        try {
            return new BigDecimal(raw.toString().trim());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(HOURS, "服务时长须是数字，以小时计");
        }
    }
}
