package cn.gongzhi.workforce.domain;

import cn.gongzhi.registry.TrainingPeople;
import cn.gongzhi.registry.TrainingPeople.Trainee;
import cn.gongzhi.registry.TrainingPeople.TrainingCommunity;
import cn.gongzhi.registry.WorkerRules;
import cn.gongzhi.registry.WorkerTraining;
import cn.gongzhi.registry.WorkerTraining.Course;
import cn.gongzhi.shared.InvalidFieldException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's yearly training planning round (processes/TrainingPlanProcess.bpmn), its rules in order:
 * <ol>
 *   <li>one round per community and year: a second is refused (400 naming {@code community});</li>
 *   <li>the head proposes, for each of her community's workers and nobody else, courses among those offered to her
 *       street that year (its own and district-wide); a worker whose planned hours fall short of the hours required
 *       ({@link WorkerRules#trainingHoursPerYear}) needs the head's reason (400 naming {@code plans}, with her
 *       name);</li>
 *   <li>the street office approves or returns it with a comment (400 naming {@code reviewComment} without one);</li>
 *   <li>on approval each worker's plan is written into the registry's records with the hours then required: that is
 *       her enrolment in the courses.</li>
 * </ol>
 * Who may do each step is the process's check (the steps); here only what the records say.
 */
@Service
@Transactional
public class TrainingRounds {

    /** The field a refusal of the proposal names (the form's list of workers). */
    public static final String PLANS_FIELD = "plans";
    public static final String COMMUNITY_FIELD = "community";
    public static final String COMMENT_FIELD = "reviewComment";

    /** What the head proposes for one worker: her courses and, when they fall short, why. */
    public record WorkerPlan(List<Long> courseIds, String shortfallReason) {}

    private final PlanRoundRepository rounds;
    private final PlanChoiceRepository choices;
    private final PlanShortfallRepository shortfalls;
    private final TrainingPeople people;
    private final WorkerTraining training;
    private final WorkerRules rules;
    private final Clock clock;

    TrainingRounds(PlanRoundRepository rounds, PlanChoiceRepository choices, PlanShortfallRepository shortfalls,
            TrainingPeople people, WorkerTraining training, WorkerRules rules, Clock clock) {
        this.rounds = rounds;
        this.choices = choices;
        this.shortfalls = shortfalls;
        this.people = people;
        this.training = training;
        this.rules = rules;
        this.clock = clock;
    }

    /** Opens the community's round of the year; refused when it exists (the unique key holds it for the launcher). */
    public long open(long communityId, int year, String by) {
        if (rounds.findByCommunityIdAndPlanYear(communityId, year).isPresent()) {
            String name = people.community(communityId).map(TrainingCommunity::name).orElse("该社区");
            throw new InvalidFieldException(COMMUNITY_FIELD, name + year + "年度的培训计划已经发起，不能重复发起");
        }
        return rounds.saveAndFlush(new PlanRound(communityId, year, by)).getId();
    }

    public void bind(long roundId, String instance) {
        round(roundId).bind(instance);
    }

    /** The round, refused when it is not this instance's (a variable set by anyone else). */
    @Transactional(readOnly = true)
    public PlanRound requireBound(long roundId, String instance) {
        PlanRound round = round(roundId);
        if (round.getProcessInstanceId() != null && !round.getProcessInstanceId().equals(instance)) {
            throw new IllegalStateException("training plan round " + roundId + " belongs to another instance");
        }
        return round;
    }

    @Transactional(readOnly = true)
    public PlanRound round(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new IllegalStateException("no training plan round "
                + roundId));
    }

    /** The courses the round's community may plan: its street's and district-wide, of the round's year. */
    @Transactional(readOnly = true)
    public List<Course> offered(long roundId) {
        PlanRound round = round(roundId);
        return people.community(round.getCommunityId())
                .map(c -> training.offered(c.streetId(), round.getPlanYear())).orElse(List.of());
    }

    /**
     * The head's proposal as it stands: each worker of the community, her courses and reason; before the first
     * submission, her plan of that year as the records hold it (none: empty).
     */
    @Transactional(readOnly = true)
    public Map<Trainee, WorkerPlan> proposal(long roundId) {
        PlanRound round = round(roundId);
        Map<Long, List<Long>> chosen = choices.findByRoundIdOrderById(roundId).stream().collect(
                Collectors.groupingBy(PlanChoice::getWorkerId, Collectors.mapping(PlanChoice::getCourseId,
                        Collectors.toList())));
        Map<Long, String> reasons = shortfalls.findByRoundIdOrderById(roundId).stream()
                .collect(Collectors.toMap(PlanShortfall::getWorkerId, PlanShortfall::getReason));
        boolean fresh = round.getStatus() == PlanRound.Status.DRAFTING && chosen.isEmpty();
        Map<Trainee, WorkerPlan> proposal = new LinkedHashMap<>();
        for (Trainee worker : people.workers(round.getCommunityId())) {
            // a first draft starts from the worker's plan of that year, if she has one already
            List<Long> courses = fresh ? training.plan(worker.id(), round.getPlanYear())
                    .map(WorkerTraining.Plan::courseIds).orElse(List.of()) : chosen.getOrDefault(worker.id(), List.of());
            proposal.put(worker, new WorkerPlan(courses, reasons.get(worker.id())));
        }
        return proposal;
    }

    /** The hours each worker must complete in a year (the setting today; written into her plan on approval). */
    public int hoursRequired() {
        return rules.trainingHoursPerYear();
    }

    /** The hours of these courses. */
    @Transactional(readOnly = true)
    public int hours(List<Long> courseIds) {
        return courseIds.stream().map(training::course).flatMap(java.util.Optional::stream).mapToInt(Course::hours)
                .sum();
    }

    /** The head's proposal, replacing her earlier one: every worker of the community, each checked (rules 2). */
    public void propose(long roundId, Map<Long, WorkerPlan> plans, String by) {
        PlanRound round = round(roundId);
        List<Trainee> workers = people.workers(round.getCommunityId());
        Set<Long> offered = offered(roundId).stream().map(Course::id).collect(Collectors.toSet());
        Set<Long> own = workers.stream().map(Trainee::id).collect(Collectors.toSet());
        for (Long workerId : plans.keySet()) {
            if (!own.contains(workerId)) {
                throw new InvalidFieldException(PLANS_FIELD, "只能为本社区的社区工作者拟订培训计划");
            }
        }
        int required = hoursRequired();
        for (Trainee worker : workers) {
            WorkerPlan plan = plans.get(worker.id());
            if (plan == null) {
                throw new InvalidFieldException(PLANS_FIELD, "还没有为" + worker.name() + "拟订培训计划");
            }
            if (!offered.containsAll(plan.courseIds())) {
                throw new InvalidFieldException(PLANS_FIELD, worker.name() + "的课程只能从本街道和全区本年度的课程中选择");
            }
            int hours = hours(plan.courseIds());
            if (hours < required && (plan.shortfallReason() == null || plan.shortfallReason().isBlank())) {
                throw new InvalidFieldException(PLANS_FIELD, worker.name() + "的计划学时 " + hours
                        + " 小时，未达到每年 " + required + " 小时，请补选课程或说明原因");
            }
        }
        choices.deleteByRoundId(roundId);
        shortfalls.deleteByRoundId(roundId);
        choices.flush();
        shortfalls.flush();
        for (Trainee worker : workers) {
            WorkerPlan plan = plans.get(worker.id());
            plan.courseIds().stream().distinct().forEach(c -> choices.save(new PlanChoice(roundId, worker.id(), c)));
            if (hours(plan.courseIds()) < required) {
                shortfalls.save(new PlanShortfall(roundId, worker.id(), plan.shortfallReason().trim()));
            }
        }
        round.proposed(by);
    }

    /** The street office's decision: approved, or returned with its comment (rule 3). */
    public void decide(long roundId, boolean approved, String comment, String by) {
        PlanRound round = round(roundId);
        if (round.getStatus() != PlanRound.Status.SUBMITTED) {
            throw new InvalidFieldException(COMMENT_FIELD, "计划尚未提交，不能审批");
        }
        if (!approved && (comment == null || comment.isBlank())) {
            throw new InvalidFieldException(COMMENT_FIELD, "退回时请写明意见");
        }
        round.decided(approved, comment, by, LocalDateTime.now(clock));
    }

    /** Writes the approved plans into the registry's records (rule 4); nothing for a round not approved. */
    public void enrol(long roundId) {
        PlanRound round = round(roundId);
        if (round.getStatus() != PlanRound.Status.APPROVED) {
            throw new IllegalStateException("training plan round " + roundId + " is not approved");
        }
        Map<Long, List<Long>> plans = new LinkedHashMap<>();
        proposal(roundId).forEach((worker, plan) -> plans.put(worker.id(), plan.courseIds()));
        training.writePlans(round.getPlanYear(), hoursRequired(), plans);
    }

    /** The planned workers of an approved round who are behind their share on {@code point} (TrainingPace). */
    @Transactional(readOnly = true)
    public List<Long> behind(long roundId, java.time.LocalDate point) {
        PlanRound round = round(roundId);
        return people.workers(round.getCommunityId()).stream()
                .map(w -> training.plan(w.id(), round.getPlanYear()).orElse(null)).filter(Objects::nonNull)
                .filter(p -> TrainingPace.isBehind(training.creditedHours(p.workerId(), point), p.hoursRequired(),
                        point))
                .map(WorkerTraining.Plan::workerId).toList();
    }
}
