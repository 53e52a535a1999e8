package cn.gongzhi.members.process;

import cn.gongzhi.members.domain.ServicePublishing;
import cn.gongzhi.members.domain.ServiceRecords;
import cn.gongzhi.shared.process.ModelFunctions;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What processes/CommunityServiceProcess.bpmn reads from the service records instead of variables: who may claim,
 * the claim deadline, the reminder, the claims, who records each and when her record is due. One of the few beans
 * models may call (docs/processes/designing.md): it only reads.
 */
@Component("serviceItems")
@ModelFunctions
public class ServiceItems {

    private final ServicePublishing publishing;
    private final ServiceRecords records;
    private final Clock clock;

    ServiceItems(ServicePublishing publishing, ServiceRecords records, Clock clock) {
        this.publishing = publishing;
        this.records = records;
        this.clock = clock;
    }

    /** The logins offered the claim task: the community's active members who have not claimed it. */
    public List<String> claimants(DelegateExecution execution) {
        return publishing.claimants(itemOf(execution));
    }

    public Date claimDeadline(DelegateExecution execution) {
        return date(records.item(itemOf(execution)).getClaimDeadline());
    }

    public Date reminderAt(DelegateExecution execution) {
        return date(records.reminderAt(itemOf(execution)));
    }

    public List<Long> claimIds(DelegateExecution execution) {
        return records.claimIds(itemOf(execution));
    }

    /** The member who claimed: her service record is her task. */
    public String claimant(Long claimId) {
        return records.claim(claimId).getMemberLogin();
    }

    public Date recordDue(Long claimId) {
        return date(records.recordDue(claimId));
    }

    long itemOf(DelegateExecution execution) {
        long itemId = CommunityServiceProcess.ITEM_ID.required(execution);
        publishing.requireBound(itemId, execution.getProcessInstanceId());
        return itemId;
    }

    private Date date(LocalDateTime time) {
        return Date.from(time.atZone(clock.getZone()).toInstant());
    }
}
