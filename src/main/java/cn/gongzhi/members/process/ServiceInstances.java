package cn.gongzhi.members.process;

import cn.gongzhi.members.domain.ServicePublishing;
import cn.gongzhi.members.domain.ServiceRecords;
import cn.gongzhi.shared.process.StepRefused;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The item and the claim a task acts on, checked against the records' own process instance. */
final class ServiceInstances {

    private ServiceInstances() {}

    static long itemOf(DelegateTask task, ServicePublishing publishing) {
        long itemId = CommunityServiceProcess.ITEM_ID.required(task);
        publishing.requireBound(itemId, task.getProcessInstanceId());
        return itemId;
    }

    /** The claim of this member's scope, which must be a claim of this instance's item. */
    static long claimOf(DelegateTask task, ServicePublishing publishing, ServiceRecords records) {
        long itemId = itemOf(task, publishing);
        long claimId = CommunityServiceProcess.CLAIM_ID.required(task);
        if (records.claim(claimId).getItemId() != itemId) {
            throw new StepRefused("服务认领与本流程不符");
        }
        return claimId;
    }

    static VariableScope scopeOf(DelegateTask task) {
        return task.getExecution();
    }
}
