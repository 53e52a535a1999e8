package cn.gongzhi.workforce.domain;

import cn.gongzhi.registry.AppraisalResult;
import cn.gongzhi.registry.WorkerAppraisals;
import cn.gongzhi.registry.WorkerAppraisals.Appraisee;
import cn.gongzhi.registry.WorkerChanges;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.StepRefused;
import cn.gongzhi.workforce.domain.AppraisalSheet.Ruling;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What follows a street's decisions: the results published for the objection window
 * ({@code gongzhi.appraisal.publicity-days}); a worker's objection to her own result within it; the street office's
 * ruling (the result stands, or is changed); then the final result written to the registry
 * ({@link WorkerChanges#appraise}) with the grade change it allows ({@link GradeSteps}, {@link WorkerChanges#changeGrade});
 * the follow-up of a 不合格 (整改跟进) by the street office.
 */
@Service
@Transactional
public class AppraisalSettlement {

    public static final String OBJECTION_FIELD = "objection";
    public static final String RULING_REASON_FIELD = "rulingReason";
    public static final String CHANGED_TO_FIELD = "changedResult";
    public static final String FOLLOW_UP_FIELD = "followUp";

    private final AnnualAppraisals appraisals;
    private final WorkerAppraisals workers;
    private final WorkerChanges changes;
    private final AppraisalPeople people;
    private final GradeSteps steps;
    private final AppraisalProperties properties;
    private final Clock clock;

    AppraisalSettlement(AnnualAppraisals appraisals, WorkerAppraisals workers, WorkerChanges changes,
            AppraisalPeople people, GradeSteps steps, AppraisalProperties properties, Clock clock) {
        this.appraisals = appraisals;
        this.workers = workers;
        this.changes = changes;
        this.people = people;
        this.steps = steps;
        this.properties = properties;
        this.clock = clock;
    }

    /** Publishes the street's results; returns when the objection window ends. */
    public LocalDateTime publish(long roundId) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime ends = properties.publicityEnds(now);
        appraisals.round(roundId).published(clock.instant(), ends);
        return ends;
    }

    /** The worker objects to her own result within the window; nobody else objects through her form. */
    public void object(long sheetId, String text, String actor) {
        AppraisalSheet sheet = appraisals.sheet(sheetId);
        Appraisee worker = workers.worker(sheet.getWorkerId());
        if (!worker.username().equals(actor)) {
            throw new StepRefused("只有" + worker.name() + "本人可以对自己的考核结果提出异议；" + actor + " 不是");
        }
        LocalDateTime ends = appraisals.round(sheet.getRoundId()).getPublicityEnds();
        if (ends != null && !LocalDateTime.now(clock).isBefore(ends)) {
            throw new InvalidFieldException(OBJECTION_FIELD, "公示期已于 " + ends.toLocalDate() + " 结束，不能再提出异议");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException(OBJECTION_FIELD, "请写明异议的理由");
        }
        sheet.objected(text.strip(), clock.instant());
    }

    /** The street office rules on the objection: the result stands, or is changed to another. */
    public void rule(long sheetId, Ruling ruling, AppraisalResult changedTo, String reason, String actor) {
        AppraisalSheet sheet = appraisals.sheet(sheetId);
        Appraisee worker = workers.worker(sheet.getWorkerId());
        if (!people.office(worker).contains(actor)) {
            throw new StepRefused("异议由" + worker.name() + "所在街道审查；" + actor + " 不能审查");
        }
        if (ruling == Ruling.CHANGED && (changedTo == null || changedTo == sheet.getDecidedResult())) {
            throw new InvalidFieldException(CHANGED_TO_FIELD, "改变考核结果时请选择与原结果不同的结果");
        }
        sheet.ruled(ruling, changedTo, reason, actor, clock.instant());
    }

    /**
     * The result becomes final: written to the registry as her appraisal of the year (proposed by the head where she
     * proposed it), and the grade change it allows, from today.
     */
    public AppraisalResult finalise(long sheetId) {
        AppraisalSheet sheet = appraisals.sheet(sheetId);
        Appraisee worker = workers.worker(sheet.getWorkerId());
        int year = appraisals.round(sheet.getRoundId()).getAppraisalYear();
        AppraisalResult result = sheet.standing();
        String decidedBy = sheet.getRuling() == Ruling.CHANGED ? sheet.getRuledBy() : sheet.getDecidedBy();
        String proposedBy = people.proposedByHead(worker, sheet.getProposedBy()) ? sheet.getProposedBy() : null;
        changes.appraise(worker.id(), year, result, proposedBy, decidedBy);
        LocalDate today = LocalDate.now(clock);
        var step = steps.after(result, worker.post(), worker.grade(), workers.gradeSince(worker.id()).orElse(null),
                today);
        step.ifPresent(s -> changes.changeGrade(worker.id(), null, s.toGrade(), today, s.reason(), decidedBy));
        sheet.finalised(result, worker.grade(), step.map(GradeSteps.Step::toGrade).orElse(worker.grade()),
                clock.instant());
        return result;
    }

    /** The street office records the follow-up of a 不合格: the improvement plan or the decision about the contract. */
    public void followUp(long sheetId, String text, String actor) {
        AppraisalSheet sheet = appraisals.sheet(sheetId);
        Appraisee worker = workers.worker(sheet.getWorkerId());
        if (!people.office(worker).contains(actor)) {
            throw new StepRefused(worker.name() + "的整改跟进由其所在街道记录；" + actor + " 不能记录");
        }
        sheet.followedUp(text, actor, clock.instant());
    }
}
