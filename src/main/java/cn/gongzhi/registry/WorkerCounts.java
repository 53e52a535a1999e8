package cn.gongzhi.registry;

import cn.gongzhi.registry.domain.CommunityRepository;
import cn.gongzhi.registry.domain.CommunityWorker;
import cn.gongzhi.registry.domain.CommunityWorkerRepository;
import cn.gongzhi.registry.domain.TrainingAttendance;
import cn.gongzhi.registry.domain.TrainingPlan;
import cn.gongzhi.registry.domain.WorkerAppraisal;
import cn.gongzhi.registry.domain.WorkerQualification;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The community workers' figures of a community (the supervision dashboard's 社工队伍), counted from the records:
 * <ol>
 *   <li>{@code workers}: the community's workers now; {@code qualified}: those with a qualification valid on the day
 *       ({@link WorkerQualifications#best}, the rule assignment uses);</li>
 *   <li>training of the day's calendar year, from January 1 to the day: {@code planned} workers with a plan that
 *       year, {@code hoursPlanned} the sum of their plans' required hours, {@code hoursTowardPlan} the hours credited
 *       to them counted up to each one's required hours (a worker's surplus does not cover another's shortfall),
 *       {@code onTrack} planned workers whose credited hours reach their required hours, {@code hoursCredited} all
 *       hours credited to the community's workers;</li>
 *   <li>{@code certificatesExpiring}: certificates valid on the day whose registration ends within the warning days
 *       ({@link WorkerRules#isExpiringSoon}, default 90);</li>
 *   <li>{@code appraisals}: the results of each year up to the day's year, per result.</li>
 * </ol>
 * Zeros for an unknown community.
 */
@Component
@Transactional(readOnly = true)
public class WorkerCounts {

    /** A year's appraisal results of the community's workers, per result. */
    public record YearResults(int year, Map<AppraisalResult, Integer> results) {

        public int total() {
            return results.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public record Counts(int workers, int qualified, int planned, int hoursPlanned, int hoursTowardPlan,
            int onTrack, int hoursCredited, int certificatesExpiring, List<YearResults> appraisals) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, List.of());

        /** The sum of two communities' counts (a street's), the appraisal results added per year and result. */
        public Counts plus(Counts other) {
            Map<Integer, Map<AppraisalResult, Integer>> years = new HashMap<>();
            for (YearResults y : appraisals) {
                years.computeIfAbsent(y.year(), k -> new EnumMap<>(AppraisalResult.class)).putAll(y.results());
            }
            for (YearResults y : other.appraisals) {
                Map<AppraisalResult, Integer> sum = years.computeIfAbsent(y.year(),
                        k -> new EnumMap<>(AppraisalResult.class));
                y.results().forEach((result, n) -> sum.merge(result, n, Integer::sum));
            }
            return new Counts(workers + other.workers, qualified + other.qualified, planned + other.planned,
                    hoursPlanned + other.hoursPlanned, hoursTowardPlan + other.hoursTowardPlan,
                    onTrack + other.onTrack, hoursCredited + other.hoursCredited,
                    certificatesExpiring + other.certificatesExpiring, years(years));
        }
    }

    private final CommunityRepository communities;
    private final CommunityWorkerRepository workers;
    private final WorkerRules rules;
    private final EntityManager entities;

    WorkerCounts(CommunityRepository communities, CommunityWorkerRepository workers, WorkerRules rules,
            EntityManager entities) {
        this.communities = communities;
        this.workers = workers;
        this.rules = rules;
        this.entities = entities;
    }

    /** The community's figures on the day (see the class's list). */
    public Counts counts(String communityCode, LocalDate day) {
        return communities.findByCode(communityCode).map(c -> {
            List<Long> ids = workers.findByCommunityIdOrderById(c.getId()).stream().map(CommunityWorker::getId)
                    .toList();
            return ids.isEmpty() ? Counts.NONE : counts(ids, day);
        }).orElse(Counts.NONE);
    }

    private Counts counts(List<Long> ids, LocalDate day) {
        Map<Long, List<WorkerQualification>> held = of(WorkerQualification.class, ids).stream()
                .collect(Collectors.groupingBy(WorkerQualification::getWorkerId));
        int qualified = (int) ids.stream()
                .filter(id -> WorkerQualifications.best(held.getOrDefault(id, List.of()), day) != Qualification.NONE)
                .count();
        int expiring = (int) held.values().stream().flatMap(List::stream)
                .filter(q -> q.isValidOn(day) && rules.isExpiringSoon(q.getValidUntil(), day)).count();
        LocalDate yearStart = LocalDate.of(day.getYear(), 1, 1);
        Map<Long, Integer> credited = new HashMap<>();
        for (TrainingAttendance a : of(TrainingAttendance.class, ids)) {
            if (!a.getCreditedOn().isBefore(yearStart) && !a.getCreditedOn().isAfter(day)) {
                credited.merge(a.getWorkerId(), a.getHoursCredited(), Integer::sum);
            }
        }
        int planned = 0;
        int hoursPlanned = 0;
        int towardPlan = 0;
        int onTrack = 0;
        for (TrainingPlan plan : of(TrainingPlan.class, ids)) {
            if (plan.getPlanYear() != day.getYear()) {
                continue;
            }
            int hours = credited.getOrDefault(plan.getWorkerId(), 0);
            planned++;
            hoursPlanned += plan.getHoursRequired();
            towardPlan += Math.min(hours, plan.getHoursRequired());
            onTrack += hours >= plan.getHoursRequired() ? 1 : 0;
        }
        Map<Integer, Map<AppraisalResult, Integer>> years = new HashMap<>();
        for (WorkerAppraisal a : of(WorkerAppraisal.class, ids)) {
            if (a.getAppraisalYear() <= day.getYear()) {
                years.computeIfAbsent(a.getAppraisalYear(), k -> new EnumMap<>(AppraisalResult.class))
                        .merge(a.getResult(), 1, Integer::sum);
            }
        }
        return new Counts(ids.size(), qualified, planned, hoursPlanned, towardPlan, onTrack,
                credited.values().stream().mapToInt(Integer::intValue).sum(), expiring, years(years));
    }

    private <T> List<T> of(Class<T> type, Collection<Long> workerIds) {
        return entities.createQuery(QUERIES.get(type), type).setParameter("ids", workerIds).getResultList();
    }

    private static final Map<Class<?>, String> QUERIES = Map.of(
            WorkerQualification.class, "select q from WorkerQualification q where q.workerId in :ids",
            TrainingAttendance.class, "select a from TrainingAttendance a where a.workerId in :ids",
            TrainingPlan.class, "select p from TrainingPlan p where p.workerId in :ids",
            WorkerAppraisal.class, "select a from WorkerAppraisal a where a.workerId in :ids");

    /** Newest year first, each with every result (0 where none). */
    private static List<YearResults> years(Map<Integer, Map<AppraisalResult, Integer>> years) {
        List<YearResults> list = new ArrayList<>();
        Set<Integer> keys = new TreeSet<>(Comparator.reverseOrder());
        keys.addAll(years.keySet());
        for (Integer year : keys) {
            Map<AppraisalResult, Integer> all = new EnumMap<>(AppraisalResult.class);
            for (AppraisalResult r : AppraisalResult.values()) {
                all.put(r, years.get(year).getOrDefault(r, 0));
            }
            list.add(new YearResults(year, all));
        }
        return list;
    }
}
