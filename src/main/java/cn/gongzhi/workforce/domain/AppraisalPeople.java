package cn.gongzhi.workforce.domain;

import cn.gongzhi.registry.WorkerAppraisals;
import cn.gongzhi.registry.WorkerAppraisals.Appraisee;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Who does each step of a worker's appraisal, from the records ({@link WorkerAppraisals}), with separation of duties:
 * <ol>
 *   <li>the self-report: the worker herself;</li>
 *   <li>the proposal: the head of her own community ({@code mayPropose}); where nobody may (she is the head herself,
 *       or her community has none), the office of her street proposes; nobody proposes her own;</li>
 *   <li>the decision: the office of her street ({@code mayAppraise}), but not the one who proposed; nobody her own;</li>
 *   <li>the ruling on her objection and the follow-up of a 不合格: the office of her street, not she herself.</li>
 * </ol>
 */
@Component
public class AppraisalPeople {

    private final WorkerAppraisals workers;

    AppraisalPeople(WorkerAppraisals workers) {
        this.workers = workers;
    }

    /** Those who may propose her result: her community's head, else her street's office; never she. */
    public List<String> proposers(Appraisee worker) {
        List<String> heads = workers.proposers(worker.id());
        return heads.isEmpty() ? office(worker) : heads;
    }

    /** Whether the proposal is the head's (the registry records her), not the street office's own. */
    public boolean proposedByHead(Appraisee worker, String proposer) {
        return proposer != null && workers.mayPropose(proposer, worker.id());
    }

    /** Those who may decide her result: her street's office but the proposer; never she. */
    public List<String> deciders(Appraisee worker, String proposer) {
        return office(worker).stream().filter(u -> !u.equals(proposer))
                .filter(u -> workers.mayAppraise(u, worker.id())).toList();
    }

    /** Her street's office, but never she: rules on objections, follows up a 不合格. */
    public List<String> office(Appraisee worker) {
        return workers.streetOffice(worker.streetCode()).stream().filter(u -> !Objects.equals(u, worker.username()))
                .toList();
    }
}
