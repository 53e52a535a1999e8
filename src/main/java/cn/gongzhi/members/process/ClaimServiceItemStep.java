package cn.gongzhi.members.process;

import cn.gongzhi.members.domain.ServicePublishing;
import cn.gongzhi.members.domain.ServiceRecords;
import cn.gongzhi.shared.process.Actors;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.StepHandler;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_ClaimServiceItem: offered to the community's active members who have not claimed it; the one who completes
 * it claims a place (first come). The records check she is an active member of the item's community, that she has
 * not claimed it and that a place remains; {@code placesOpen} opens the task again for the others.
 */
@Component
class ClaimServiceItemStep implements StepHandler {

    private final ServicePublishing publishing;
    private final ServiceRecords records;

    ClaimServiceItemStep(ServicePublishing publishing, ServiceRecords records) {
        this.publishing = publishing;
        this.records = records;
    }

    @Override
    public String step() {
        return "claimServiceItem";
    }

    @Override
    public void opened(DelegateTask task) {
        long itemId = ServiceInstances.itemOf(task, publishing);
        FormView.summary(task, ServiceForms.item(records.item(itemId), publishing.placesOpen(itemId)));
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        long itemId = ServiceInstances.itemOf(task, publishing);
        int open = publishing.claim(itemId, Actors.current());
        CommunityServiceProcess.PLACES_OPEN.set(task.getExecution().getProcessInstance(), open > 0);
    }
}
