package cn.gongzhi.supervision;

import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.supervision.PetitionFigures.DayCounts;
import cn.gongzhi.supervision.SupervisionScope.Selection;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service levels of docs/supervision.md for one period and one unit: the public face of the supervision module.
 * The figures come from supervision's own tables, fed by the other modules' events ({@link SupervisionProjection}):
 * petitions ({@link PetitionFigures}), escalations and deliberations ({@link ActivityFigures}), and what is overdue now
 * ({@link OverdueMatters}, with Camunda's tasks through its Java API); the Party members' figures are asked of the
 * registry and members modules' public API ({@link MemberFigures}).
 */
@Service
@Transactional(readOnly = true)
public class SupervisionService {

    /** Median and 90th percentile, in minutes; null where nothing was measured. */
    public record Spread(Long median, Long p90, int measured) {}

    /**
     * A rate with the counts it is made of: {@code value} = {@code part} ÷ {@code whole} (null when the whole is 0);
     * {@code sufficient} when the whole reaches {@code gongzhi.supervision.minimum-sample}, below which the dashboard
     * shows 样本不足 instead of the value. (The whistle rate's value is per hundred petitions.)
     */
    public record Rate(Double value, int part, int whole, boolean sufficient) {

        public static Rate of(int part, int whole, int minimumSample) {
            return new Rate(whole == 0 ? null : (double) part / whole, part, whole, whole > 0 && whole >= minimumSample);
        }
    }

    /** The composite score: shown only when every rate it weighs is {@link Rate#sufficient()}. */
    public record Score(Double value, boolean sufficient) {}

    /** One point of the trend: a day, or an ISO week from its Monday ({@code day}) to {@code until}. */
    public record Day(LocalDate day, LocalDate until, int received, Rate responseRate, Rate resolutionRate,
            Rate satisfactionRate) {}

    public record Summary(SupervisionUnit unit, String unitId, String unitName, LocalDate from, LocalDate to,
            int received, int open, int closed, int overdueNow, int dueSoon, Rate responseRate,
            Rate resolutionRate, Rate satisfactionRate, Score compositeScore, Spread timeToFirstContact,
            Spread timeToResolution, Rate reopenRate, int returned, Rate returnShare, Rate whistleRate,
            int escalations, int departmentsLateToReportIn, int overdueCommitments, int meetingsHeld,
            int meetingsWithoutQuorum, int resolutionsPassed, int resolutionsRejected, int objectionsFiled,
            int objectionsUpheld, int minimumSample, String trendBy, List<Day> trend, Members members,
            WorkforceFigures workers) {}

    /** The Party members' figures (党员作用) of a street or community, null for the other units (docs/supervision.md). */
    public record Members(int inService, int reported, int active, Rate reportedShare, Rate activeShare,
            BigDecimal serviceHours, int itemsPublished, int itemsDone, Rate microWishesMet, int petitionHelps,
            Rate petitionHelperShare) {}

    /** One row of the comparison: a community of the street, or a grid of the community. */
    public record ComparisonRow(SupervisionUnit unit, String code, String name, int received, int open,
            int overdueNow, Rate responseRate, Rate resolutionRate, Rate satisfactionRate, Score compositeScore,
            Rate whistleRate) {}

    public record Comparison(SupervisionUnit unit, String unitId, String unitName, LocalDate from, LocalDate to,
            SupervisionUnit rowsAre, int minimumSample, List<ComparisonRow> rows) {}

    /**
     * One overdue matter (docs/supervision.md, "当前超期"): an open petition past its first-contact or resolution due
     * time ({@code kind} PETITION, {@code reference} its number), or an open user task of another process past its due
     * date ({@code kind} TASK, {@code reference} the business key). {@code assignee} is a name, or 未认领.
     */
    public record OverdueItem(String kind, String reference, String title, String process, String communityCode,
            String communityName, String assignee, String stage, LocalDateTime due, long overdueMinutes,
            String overdueFor, String taskId, String tasklistLink) {}

    /** Open and overdue user tasks of one candidate group. */
    public record GroupLoad(String group, long open, long overdue) {}

    /** {@code total}: every overdue matter (the summary's overdueNow); {@code items}: the longest overdue of them. */
    public record Overdue(SupervisionUnit unit, String unitId, String unitName, LocalDateTime asOf, int total,
            List<OverdueItem> items, List<GroupLoad> groups) {}

    private static final Logger log = LoggerFactory.getLogger(SupervisionService.class);

    private final SupervisionScope scope;
    private final SupervisionProperties properties;
    private final Clock clock;
    private final SupervisionRollup rollup;
    private final PetitionFigures petitions;
    private final ActivityFigures activity;
    private final OverdueMatters overdue;
    private final MemberFigures members;
    private final WorkerFigures workers;

    SupervisionService(SupervisionScope scope, SupervisionProperties properties, Clock clock, SupervisionRollup rollup,
            PetitionFigures petitions, ActivityFigures activity, OverdueMatters overdue, MemberFigures members,
            WorkerFigures workers) {
        this.scope = scope;
        this.properties = properties;
        this.clock = clock;
        this.rollup = rollup;
        this.petitions = petitions;
        this.activity = activity;
        this.overdue = overdue;
        this.members = members;
        this.workers = workers;
    }

    public Summary summary(Collection<String> groups, LocalDate from, LocalDate to, SupervisionUnit unit,
            String unitId) {
        checkPeriod(from, to);
        Selection selection = scope.select(groups, unit, unitId);
        catchUp();
        return summary(selection, from, to, LocalDateTime.now(clock));
    }

    /**
     * The figures of each part of a unit side by side: the communities of a street, or the grids of a community.
     * Each row is the summary of that part, so its figures are the ones the dashboard shows when the part is chosen.
     */
    public Comparison comparison(Collection<String> groups, LocalDate from, LocalDate to, SupervisionUnit unit,
            String unitId) {
        checkPeriod(from, to);
        if (unit != SupervisionUnit.STREET && unit != SupervisionUnit.COMMUNITY) {
            throw new InvalidFieldException("unit", "只能对比街道下的各社区，或社区下的各网格");
        }
        Selection selection = scope.select(groups, unit, unitId);
        catchUp();
        LocalDateTime now = LocalDateTime.now(clock);
        List<ComparisonRow> rows = scope.parts(selection).stream().map(part -> {
            Summary s = summary(part, from, to, now);
            return new ComparisonRow(part.unit(), part.unitId(), part.unitName(), s.received(), s.open(),
                    s.overdueNow(), s.responseRate(), s.resolutionRate(), s.satisfactionRate(), s.compositeScore(),
                    s.whistleRate());
        }).toList();
        return new Comparison(unit, unitId, selection.unitName(), from, to,
                unit == SupervisionUnit.STREET ? SupervisionUnit.COMMUNITY : SupervisionUnit.GRID,
                properties.minimumSample(), rows);
    }

    /** What is overdue now in the unit, longest overdue first: the matters the counter 当前超期 counts. */
    public Overdue overdue(Collection<String> groups, SupervisionUnit unit, String unitId) {
        Selection selection = scope.select(groups, unit, unitId);
        return overdue.list(selection, LocalDateTime.now(clock));
    }

    private void catchUp() {
        try {
            rollup.catchUp();
        } catch (DataAccessException e) {
            // another node is recomputing the same day (docs/operations.md); read what is there, it catches up next time
            log.warn("Supervision roll-up catch-up skipped: {}", e.getMessage());
        }
    }

    Summary summary(Selection selection, LocalDate from, LocalDate to, LocalDateTime now) {
        if (selection.communities().isEmpty()) {
            return empty(selection, from, to);
        }
        MapSqlParameterSource params = petitions.params(selection, from, to, now);
        int minimum = properties.minimumSample();
        List<DayCounts> days = petitions.days(selection, params);
        DayCounts total = DayCounts.sum(days);
        int received = total.received();
        Rate response = rate(total.onTime(), total.contactDue());
        Rate resolution = rate(total.resolved(), total.calledBack());
        Rate satisfaction = rate(total.satisfied(), total.calledBack());
        int returned = total.returned();
        Spread[] spreads = petitions.spreads(selection, params);
        ActivityFigures.Escalations escalations = activity.escalations(selection, params);
        ActivityFigures.Deliberations deliberations = activity.deliberations(params);
        int whistles = escalations.escalations();
        return new Summary(selection.unit(), selection.unitId(), selection.unitName(), from, to, received,
                received - total.closed(), total.closed(), overdue.count(selection, now),
                petitions.dueSoon(selection, params), response, resolution, satisfaction,
                composite(response, resolution, satisfaction), spreads[0], spreads[1],
                rate(total.reopened(), received), returned, rate(returned, received),
                new Rate(received == 0 ? null : whistles * 100.0 / received, whistles, received,
                        Rate.of(whistles, received, minimum).sufficient()), whistles, escalations.late(),
                escalations.overdueCommitments(), deliberations.held(), deliberations.noQuorum(),
                deliberations.passed(), deliberations.rejected(), deliberations.objectionsFiled(),
                deliberations.objectionsUpheld(), minimum, petitions.weekly(from, to) ? "WEEK" : "DAY",
                petitions.trend(days, from, to), members.of(selection, from, to),
                workers.of(selection, to));
    }

    /** "超期 2 天 3 小时", "超期 5 小时 12 分钟", "超期 8 分钟". */
    static String overdueFor(long minutes) {
        return OverdueMatters.overdueFor(minutes);
    }

    /**
     * The weighted mean of the rates that could be measured (weights {@code gongzhi.supervision.*-weight}); sufficient
     * only when every rate with a weight has enough cases, otherwise the dashboard does not show it.
     */
    Score composite(Rate response, Rate resolution, Rate satisfaction) {
        double weighted = 0;
        double weights = 0;
        boolean sufficient = true;
        Rate[] rates = {response, resolution, satisfaction};
        double[] weightOf = {properties.responseWeight(), properties.resolutionWeight(),
                properties.satisfactionWeight()};
        for (int i = 0; i < rates.length; i++) {
            if (weightOf[i] > 0) {
                sufficient &= rates[i].sufficient();
                if (rates[i].value() != null) {
                    weighted += rates[i].value() * weightOf[i];
                    weights += weightOf[i];
                }
            }
        }
        return weights == 0 ? new Score(null, false) : new Score(weighted / weights, sufficient);
    }

    static Spread spread(int[] minutes) {
        return PetitionFigures.spread(minutes);
    }

    Rate rate(int part, int whole) {
        return Rate.of(part, whole, properties.minimumSample());
    }

    void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidFieldException(from == null ? "from" : "to", "请指定统计期间（from、to，格式 2026-11-01）");
        }
        if (from.isAfter(to)) {
            throw new InvalidFieldException("from", "开始日期 " + from + " 晚于结束日期 " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > properties.maxRangeDays()) {
            throw new InvalidFieldException("to", "统计期间不能超过 " + properties.maxRangeDays() + " 天");
        }
    }

    private Summary empty(Selection selection, LocalDate from, LocalDate to) {
        Spread none = new Spread(null, null, 0);
        Rate nothing = rate(0, 0);
        return new Summary(selection.unit(), selection.unitId(), selection.unitName(), from, to, 0, 0, 0, 0, 0, nothing,
                nothing, nothing, new Score(null, false), none, none, nothing, 0, nothing, nothing, 0, 0, 0, 0, 0, 0, 0,
                0, 0, properties.minimumSample(), petitions.weekly(from, to) ? "WEEK" : "DAY", List.of(), null, null);
    }
}
