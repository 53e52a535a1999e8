package cn.gongzhi.petition.domain;

import cn.gongzhi.petition.PetitionEventType;
import cn.gongzhi.petition.PetitionStatus;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.shared.process.StepRefused;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the people working a petition record, step by step: the contact, the handling, a department's answer, the
 * supervisor's note on an overdue petition, the callback and what it leads to, and the close. Each method takes what
 * its step's form said, already read and checked ({@code FormInput}); the rules that need the record are checked here.
 */
@Service
@Transactional
public class PetitionHandling {

    /** What a callback leads to. */
    public enum CallbackVerdict { CLOSE, REOPEN, ESCALATE }

    /** The handling step's outcome: done, or beyond what the community can do (the worker asks for the whistle). */
    public enum HandlingOutcome { RESOLVED, BEYOND_COMMUNITY }

    /** The satisfaction scale 1–5 as the resident chose it on the phone. */
    static final List<String> SATISFACTION_LABELS = List.of("非常不满意", "不满意", "基本满意", "满意", "非常满意");

    private final PetitionRepository petitions;
    private final PetitionTimeline timeline;
    private final PetitionNames names;
    private final RegistryService registry;
    private final PetitionProperties properties;
    private final MeterRegistry meters;

    PetitionHandling(PetitionRepository petitions, PetitionTimeline timeline, PetitionNames names,
            RegistryService registry, PetitionProperties properties, MeterRegistry meters) {
        this.petitions = petitions;
        this.timeline = timeline;
        this.names = names;
        this.registry = registry;
        this.properties = properties;
        this.meters = meters;
    }

    /** The worker reached the petitioner: the first contact is timed, and handling begins. */
    public void contacted(long petitionId, String actor, String note) {
        Petition petition = petitions.require(petitionId);
        LocalDateTime now = timeline.now();
        if (petition.getFirstContactedAt() == null) {
            petition.setFirstContactedAt(now);
        }
        timeline.record(petition, PetitionEventType.CONTACTED, actor, note, names.role(petition, actor) + "已联系您",
                PetitionStatus.IN_PROGRESS, "已联系诉求人，办理中");
    }

    /**
     * The handling's measures. Resolved, the petition waits for its callback; beyond the community, the worker's
     * reason goes with the request for the whistle and the status moves when the escalation is requested.
     */
    public void handled(long petitionId, String actor, HandlingOutcome outcome, String measures,
            String escalationReason) {
        Petition petition = petitions.require(petitionId);
        if (outcome == HandlingOutcome.BEYOND_COMMUNITY) {
            timeline.record(petition, PetitionEventType.HANDLED, actor, measures + "\n申请吹哨：" + escalationReason,
                    "社区已采取措施：" + PetitionTimeline.summary(measures) + "；此事超出社区能力，正在申请街道吹哨");
            return;
        }
        petition.setHandledAt(timeline.now());
        timeline.record(petition, PetitionEventType.HANDLED, actor, measures,
                "已办理：" + PetitionTimeline.summary(measures), PetitionStatus.CALLBACK, "已办理，待回访");
    }

    /** The department a petition went back to answered it: the petition waits for its callback. */
    public void departmentResponded(long petitionId, String actor, String response) {
        Petition petition = petitions.require(petitionId);
        petition.setHandledAt(timeline.now());
        timeline.record(petition, PetitionEventType.DEPARTMENT_RESPONDED, actor, response,
                names.returnDepartment(petition) + "已答复：" + PetitionTimeline.summary(response),
                PetitionStatus.CALLBACK, "职能部门已答复，待回访");
    }

    /** The supervisor's note on an overdue petition. */
    public void supervised(long petitionId, String actor, String note) {
        timeline.record(petitions.require(petitionId), PetitionEventType.SUPERVISED, actor, note, "督办负责人已督办");
    }

    /**
     * The callback, made by someone who neither contacted the petitioner nor handled the petition (refused
     * otherwise, naming who may not).
     *
     * @param actor who calls back; null when the engine completes the task itself
     */
    public void calledBack(long petitionId, String actor, boolean resolved, int satisfaction, String comment) {
        Petition petition = petitions.require(petitionId);
        if (actor != null && timeline.handledBy(petition).contains(actor)) {
            throw new StepRefused("回访须由联系和办理以外的工作人员完成：" + actor
                    + " 已办理过诉求 " + petition.getNumber() + " 的联系或办理，不能回访");
        }
        petition.setResolved(resolved);
        petition.setSatisfaction(satisfaction);
        timeline.record(petition, PetitionEventType.CALLED_BACK, actor, (resolved ? "已解决" : "未解决")
                + "，满意度 " + satisfaction + "/5" + (comment == null ? "" : "：" + comment),
                "已回访，您评价 " + SATISFACTION_LABELS.get(satisfaction - 1) + "（" + (resolved ? "已解决" : "未解决")
                        + "）");
    }

    /** Decides what a callback leads to: closing, one more round of handling, or escalation. */
    @Transactional(readOnly = true)
    public CallbackVerdict evaluateCallback(long petitionId) {
        Petition petition = petitions.require(petitionId);
        boolean failed = !Boolean.TRUE.equals(petition.getResolved())
                || petition.getSatisfaction() == null || petition.getSatisfaction() <= properties.unsatisfiedAtMost();
        if (!failed) {
            return CallbackVerdict.CLOSE;
        }
        return petition.getReopenCount() < properties.maxReopens() ? CallbackVerdict.REOPEN
                : CallbackVerdict.ESCALATE;
    }

    /**
     * Sends the petition back to handling with a fresh resolution limit counted from now: the dispatch decision's
     * limit, which the petition keeps.
     */
    public void reopen(long petitionId) {
        Petition petition = petitions.require(petitionId);
        petition.countReopen();
        LocalDateTime now = timeline.now();
        Duration resolution = petition.getResolutionLimit() != null ? Duration.parse(petition.getResolutionLimit())
                : Duration.between(petition.getReceivedAt(), petition.getResolutionDue());
        petition.setResolutionDue(now.plus(resolution));
        petition.setResolved(null);
        petition.setSatisfaction(null);
        timeline.record(petition, PetitionEventType.REOPENED, PetitionTimeline.SYSTEM, "回访未通过，第 "
                + petition.getReopenCount() + " 次重新办理，办结时限至 " + petition.getResolutionDue(),
                "回访未通过，重新办理，须在 " + PetitionTimeline.minute(petition.getResolutionDue()) + " 前办结",
                PetitionStatus.IN_PROGRESS, "回访未通过，重新办理");
    }

    public void close(long petitionId) {
        Petition petition = petitions.require(petitionId);
        petition.setClosedAt(timeline.now());
        if (petition.getAssignedWorker() != null) {
            registry.adjustCaseload(petition.getAssignedWorker(), -1);
        }
        timeline.record(petition, PetitionEventType.CLOSED, PetitionTimeline.SYSTEM, "诉求办结", "已办结",
                PetitionStatus.CLOSED, "已办结");
        meters.counter("gongzhi.petitions.closed").increment();
    }

}
