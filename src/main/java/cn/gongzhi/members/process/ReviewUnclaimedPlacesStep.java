package cn.gongzhi.members.process;

import static cn.gongzhi.members.process.CommunityServiceProcess.CANCEL;
import static cn.gongzhi.members.process.CommunityServiceProcess.GO_AHEAD;
import static cn.gongzhi.members.process.CommunityServiceProcess.GO_AHEAD_DECISION;

import cn.gongzhi.members.domain.ServicePublishing;
import cn.gongzhi.members.domain.ServiceRecords;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.process.StepHandler;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Activity_ReviewUnclaimedPlaces: the claim deadline passed with places open; the branch is told and goes ahead with
 * the members who claimed (at least one) or withdraws the item; {@code goAhead} routes the gateway.
 */
@Component
class ReviewUnclaimedPlacesStep implements StepHandler {

    private final ServicePublishing publishing;
    private final ServiceRecords records;

    ReviewUnclaimedPlacesStep(ServicePublishing publishing, ServiceRecords records) {
        this.publishing = publishing;
        this.records = records;
    }

    @Override
    public String step() {
        return "reviewUnclaimedPlaces";
    }

    @Override
    public void opened(DelegateTask task) {
        long itemId = ServiceInstances.itemOf(task, publishing);
        int claimed = records.claimIds(itemId).size();
        List<String> lines = new java.util.ArrayList<>(ServiceForms.item(records.item(itemId),
                publishing.placesOpen(itemId)));
        lines.add(claimed == 0 ? "**认领已截止，没有党员认领**：只能取消这项服务。"
                : "**认领已截止**：" + claimed + " 名党员已认领，名额未满。可按已认领人数开展，或取消。");
        FormView.summary(task, lines);
    }

    @Override
    public void completed(DelegateTask task, FormInput form) {
        long itemId = ServiceInstances.itemOf(task, publishing);
        String decision = form.oneOf(GO_AHEAD_DECISION.name(), "请选择按已认领人数开展，或取消这项服务", GO_AHEAD, CANCEL);
        ServiceForms.requireBranchOrCommittee(records.item(itemId));
        if (GO_AHEAD.equals(decision)) {
            publishing.closeClaims(itemId);
        } else {
            publishing.cancel(itemId);
        }
        ServiceForms.recorded(task);
        GO_AHEAD_DECISION.set(task.getExecution().getProcessInstance(), decision);
    }
}
