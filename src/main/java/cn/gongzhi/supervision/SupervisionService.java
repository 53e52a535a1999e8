package cn.gongzhi.supervision;

import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.supervision.SupervisionScope.Selection;
import java.time.Clock;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service levels of docs/supervision.md, computed from the records of one period and one unit. Every query is
 * bounded by the period on an index ending in the time of receipt, so its cost follows the period, not the history.
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
            int objectionsUpheld, int minimumSample, String trendBy, List<Day> trend) {}

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

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SupervisionService.class);

    /** Statuses of a petition still being handled: everything but closed and returned to a department. */
    private static final List<String> OPEN = java.util.Arrays.stream(cn.gongzhi.petition.PetitionStatus.values())
            .filter(s -> s != cn.gongzhi.petition.PetitionStatus.CLOSED && s != cn.gongzhi.petition.PetitionStatus.RETURNED)
            .map(Enum::name).toList();

    private final SupervisionScope scope;
    private final NamedParameterJdbcTemplate jdbc;
    private final org.camunda.bpm.engine.TaskService taskService;
    private final SupervisionProperties properties;
    private final Clock clock;
    private final SupervisionRollup rollup;
    private final org.camunda.bpm.engine.IdentityService identityService;
    private final cn.gongzhi.registry.RegistryService registry;
    private final cn.gongzhi.petition.PetitionService petitions;

    SupervisionService(SupervisionScope scope, NamedParameterJdbcTemplate jdbc,
            org.camunda.bpm.engine.TaskService taskService, SupervisionProperties properties, Clock clock,
            SupervisionRollup rollup, org.camunda.bpm.engine.IdentityService identityService,
            cn.gongzhi.registry.RegistryService registry, cn.gongzhi.petition.PetitionService petitions) {
        this.rollup = rollup;
        this.identityService = identityService;
        this.registry = registry;
        this.petitions = petitions;
        this.scope = scope;
        this.jdbc = jdbc;
        this.taskService = taskService;
        this.properties = properties;
        this.clock = clock;
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
                properties.getMinimumSample(), rows);
    }

    private void catchUp() {
        try {
            rollup.catchUp();
        } catch (org.springframework.dao.DataAccessException e) {
            // another node is recomputing the same day (docs/operations.md); read what is there, it catches up next time
            log.warn("Supervision roll-up catch-up skipped: {}", e.getMessage());
        }
    }

    Summary summary(Selection selection, LocalDate from, LocalDate to, LocalDateTime now) {
        if (selection.communities().isEmpty()) {
            return empty(selection, from, to);
        }
        MapSqlParameterSource params = params(selection, from, to, now);
        String where = where(selection);
        int minimum = properties.getMinimumSample();
        List<DayCounts> days = days(selection, params);
        DayCounts total = DayCounts.sum(days);
        int received = total.received();
        int calledBack = total.calledBack();
        Rate response = rate(total.onTime(), total.contactDue());
        Rate resolution = rate(total.resolved(), calledBack);
        Rate satisfaction = rate(total.satisfied(), calledBack);
        int returned = total.returned();

        int dueSoon = count("select sum(case when handled_at is null and resolution_due >= :now"
                + " and resolution_due < :soon then 1 else 0 end) from petition where " + where
                + " and status in (:open)", params);

        // whole minutes kept per petition by the roll-up catch-up (V7), read from one index as two small integers
        java.util.stream.IntStream.Builder contactMinutes = java.util.stream.IntStream.builder();
        java.util.stream.IntStream.Builder resolutionMinutes = java.util.stream.IntStream.builder();
        jdbc.query("select contact_minutes, resolution_minutes from petition where " + where
                + " and received_at >= :from and received_at < :to and (contact_minutes is not null"
                + " or resolution_minutes is not null)", params, row -> {
                    int contactAfter = row.getInt(1);
                    if (!row.wasNull()) {
                        contactMinutes.add(contactAfter);
                    }
                    int resolvedAfter = row.getInt(2);
                    if (!row.wasNull()) {
                        resolutionMinutes.add(resolvedAfter);
                    }
                });

        // escalations of the unit's communities; for a grid, worker, category or department, those that answer one
        // of its petitions
        int escalations = selection.column() == null
                ? count("select count(*) from escalation where community_code in (:communities)"
                        + " and opened_at >= :from and opened_at < :to", params)
                : count("select count(distinct e.id) from escalation e"
                        + " join escalation_petition ep on ep.escalation_id = e.id"
                        + " join petition p on p.number = ep.petition_number"
                        + " where e.community_code in (:communities) and e.opened_at >= :from and e.opened_at < :to"
                        + " and p." + selection.column() + " = :value", params);
        int late = count("select count(*) from escalation_department d join escalation e on d.escalation_id = e.id"
                + " where e.community_code in (:communities) and d.summoned_at >= :from and d.summoned_at < :to"
                + " and d.late = true", params);
        int overdueCommitments = count("select count(*) from commitment c join escalation e on c.escalation_id = e.id"
                + " where e.community_code in (:communities) and (c.status = 'OVERDUE' or (c.status = 'OPEN'"
                + " and c.deadline < :today))", params);
        Map<String, Object> meetings = jdbc.queryForMap("""
                select count(*) as held,
                  sum(case when m.verdict = 'NO_QUORUM' then 1 else 0 end) as no_quorum,
                  sum(case when m.verdict = 'PASSED' and m.body_kind in (:resolving) then 1 else 0 end) as passed,
                  sum(case when m.verdict = 'REJECTED' and m.body_kind in (:resolving) then 1 else 0 end) as rejected
                from meeting m join deliberation d on m.deliberation_id = d.id
                where d.community_code in (:communities) and m.recorded_at >= :from and m.recorded_at < :to""",
                params);
        Map<String, Object> objections = jdbc.queryForMap("""
                select count(*) as filed, sum(case when o.status = 'UPHELD' then 1 else 0 end) as upheld
                from objection o join disclosure n on o.disclosure_id = n.id
                where n.community_code in (:communities) and o.filed_at >= :from and o.filed_at < :to""", params);

        Rate whistle = Rate.of(escalations, received, minimum);
        return new Summary(selection.unit(), selection.unitId(), selection.unitName(), from, to, received,
                received - total.closed(), total.closed(), overdueCount(selection, now), dueSoon, response,
                resolution, satisfaction, composite(response, resolution, satisfaction),
                spread(contactMinutes.build().toArray()), spread(resolutionMinutes.build().toArray()),
                rate(total.reopened(), received), returned, rate(returned, received),
                new Rate(received == 0 ? null : escalations * 100.0 / received, escalations, received,
                        whistle.sufficient()), escalations, late, overdueCommitments,
                number(meetings.get("held")), number(meetings.get("no_quorum")), number(meetings.get("passed")),
                number(meetings.get("rejected")), number(objections.get("filed")), number(objections.get("upheld")),
                minimum, weekly(from, to) ? "WEEK" : "DAY", trend(days, from, to));
    }

    /** Whether the period is long enough to trend by ISO week rather than by day. */
    boolean weekly(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1 > properties.getDailyTrendUpToDays();
    }

    /** The trend: one point per day of receipt, or per ISO week (from its Monday) when the period is long. */
    List<Day> trend(List<DayCounts> days, LocalDate from, LocalDate to) {
        if (!weekly(from, to)) {
            return days.stream().map(d -> d.toDay(d.day(), d.day(), this)).toList();
        }
        Map<LocalDate, List<DayCounts>> weeks = new java.util.TreeMap<>();
        days.forEach(d -> weeks.computeIfAbsent(d.day().with(java.time.DayOfWeek.MONDAY), w -> new ArrayList<>())
                .add(d));
        return weeks.entrySet().stream().map(w -> {
            LocalDate sunday = w.getKey().plusDays(6);
            return DayCounts.sum(w.getValue()).toDay(w.getKey(), sunday.isAfter(to) ? to : sunday, this);
        }).toList();
    }

    /*
     * 当前超期, one definition (docs/supervision.md): the unit's open petitions past their first-contact or resolution
     * due time, and the open user tasks of the other processes past their due date whose candidate groups belong to
     * the street or community; a petition's own tasks are not counted again. The count and the list below read the
     * same conditions, so the counter always equals the list's rows (up to the list's limit).
     */
    private static final String OVERDUE_PETITIONS = " and status in (:open) and ((first_contacted_at is null"
            + " and first_contact_due < :now) or (handled_at is null and resolution_due < :now))";
    private static final String OVERDUE_TASKS_FROM = " from ACT_RU_TASK t left join ACT_RE_PROCDEF d"
            + " on d.ID_ = t.PROC_DEF_ID_";
    private static final String OVERDUE_TASKS_WHERE = " where t.DUE_DATE_ < :nowInstant"
            + " and (d.KEY_ is null or d.KEY_ <> :petitionProcess) and exists (select 1 from ACT_RU_IDENTITYLINK l"
            + " where l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate' and l.GROUP_ID_ in (:groups))";
    /** The petition process: its tasks are counted as their petitions. */
    private static final String PETITION_PROCESS = "ResidentPetitionProcess";

    /** How many matters are overdue now in the unit: the dashboard's 当前超期. */
    int overdueCount(Selection selection, LocalDateTime now) {
        MapSqlParameterSource params = overdueParams(selection, now);
        int petitions = selection.communities().isEmpty() ? 0
                : count("select count(*) from petition where " + where(selection) + OVERDUE_PETITIONS, params);
        int tasks = taskGroups(selection).isEmpty() ? 0
                : count("select count(*)" + OVERDUE_TASKS_FROM + OVERDUE_TASKS_WHERE, params);
        return petitions + tasks;
    }

    /** What is overdue now in the unit, longest overdue first: the matters the counter 当前超期 counts. */
    public Overdue overdue(Collection<String> groups, SupervisionUnit unit, String unitId) {
        Selection selection = scope.select(groups, unit, unitId);
        return overdue(selection, LocalDateTime.now(clock));
    }

    Overdue overdue(Selection selection, LocalDateTime now) {
        MapSqlParameterSource params = overdueParams(selection, now);
        int limit = properties.getOverdueListLimit();
        record Row(String number, String category, String community, String worker, LocalDateTime due,
                boolean contactLate, String instance) {}
        List<Row> rows = selection.communities().isEmpty() ? List.of() : jdbc.query(
                "select number, category_code, community_code, assigned_worker, first_contact_due,"
                        + " first_contacted_at, resolution_due, process_instance_id from petition where "
                        + where(selection) + OVERDUE_PETITIONS + " order by case when first_contacted_at is null"
                        + " and first_contact_due < :now then first_contact_due else resolution_due end limit "
                        + limit, params,
                (row, i) -> {
                    boolean contactLate = row.getObject("first_contacted_at") == null
                            && row.getObject("first_contact_due") != null
                            && row.getObject("first_contact_due", LocalDateTime.class).isBefore(now);
                    return new Row(row.getString("number"), row.getString("category_code"),
                            row.getString("community_code"), row.getString("assigned_worker"),
                            row.getObject(contactLate ? "first_contact_due" : "resolution_due", LocalDateTime.class),
                            contactLate, row.getString("process_instance_id"));
                });
        // each petition's open task, oldest first, in one query for the whole list (not one per petition)
        String[] instances = rows.stream().map(Row::instance).filter(java.util.Objects::nonNull).distinct()
                .toArray(String[]::new);
        Map<String, String> taskOf = new HashMap<>();
        if (instances.length > 0) {
            taskService.createTaskQuery().processInstanceIdIn(instances).orderByTaskCreateTime().asc().list()
                    .forEach(t -> taskOf.putIfAbsent(t.getProcessInstanceId(), t.getId()));
        }
        record TaskRow(String id, String name, Timestamp due, String assignee, String process, String businessKey) {}
        Map<String, String> groupCommunity = taskGroups(selection);
        List<TaskRow> taskRows = groupCommunity.isEmpty() ? List.of() : jdbc.query("select t.ID_, t.NAME_,"
                + " t.DUE_DATE_, t.ASSIGNEE_, d.NAME_ as PROCESS_NAME, e.BUSINESS_KEY_" + OVERDUE_TASKS_FROM
                + " left join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_" + OVERDUE_TASKS_WHERE
                + " order by t.DUE_DATE_ limit " + limit, params, (row, i) -> new TaskRow(row.getString(1),
                        row.getString(2), row.getTimestamp(3), row.getString(4), row.getString(5), row.getString(6)));
        Map<String, String> taskCommunity = new HashMap<>();
        if (!taskRows.isEmpty()) {
            jdbc.query("select TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK where TYPE_ = 'candidate'"
                    + " and TASK_ID_ in (:ids)", Map.of("ids", taskRows.stream().map(TaskRow::id).toList()), row -> {
                        String community = groupCommunity.get(row.getString(2));
                        if (community != null) {
                            taskCommunity.putIfAbsent(row.getString(1), community);
                        }
                    });
        }

        java.util.Set<String> logins = new java.util.HashSet<>();
        rows.forEach(r -> logins.add(r.worker()));
        taskRows.forEach(t -> logins.add(t.assignee()));
        logins.remove(null);
        Map<String, String> people = names(logins);
        Map<String, String> communities = new HashMap<>();
        registry.communities().forEach(c -> communities.put(c.code(), c.name()));
        Map<String, String> categories = new HashMap<>();
        petitions.categories().forEach(c -> categories.put(c.code(), c.name()));
        String petitionProcess = processName(PETITION_PROCESS);

        List<OverdueItem> items = new ArrayList<>();
        for (Row r : rows) {
            String task = r.instance() == null ? null : taskOf.get(r.instance());
            long minutes = ChronoUnit.MINUTES.between(r.due(), now);
            items.add(new OverdueItem("PETITION", r.number(), categories.getOrDefault(r.category(), r.category()),
                    petitionProcess, r.community(), communities.getOrDefault(r.community(), r.community()),
                    person(people, r.worker()), r.contactLate() ? "首次联系" : "办结", r.due(), minutes,
                    overdueFor(minutes), task, task == null ? null : tasklist(task)));
        }
        for (TaskRow t : taskRows) {
            LocalDateTime due = LocalDateTime.ofInstant(t.due().toInstant(), clock.getZone());
            long minutes = ChronoUnit.MINUTES.between(due, now);
            String community = taskCommunity.get(t.id());
            items.add(new OverdueItem("TASK", t.businessKey(), t.name(), t.process() == null ? "（无流程）" : t.process(),
                    community, community == null ? null : communities.getOrDefault(community, community),
                    person(people, t.assignee()), "任务到期", due, minutes, overdueFor(minutes), t.id(),
                    tasklist(t.id())));
        }
        items.sort(java.util.Comparator.comparing(OverdueItem::due));
        List<String> loads = new ArrayList<>(groupCommunity.keySet());
        return new Overdue(selection.unit(), selection.unitId(), selection.unitName(), now,
                overdueCount(selection, now), List.copyOf(items.subList(0, Math.min(limit, items.size()))),
                groupLoads(loads, java.util.Date.from(now.atZone(clock.getZone()).toInstant())));
    }

    private MapSqlParameterSource overdueParams(Selection selection, LocalDateTime now) {
        MapSqlParameterSource params = params(selection, now.toLocalDate(), now.toLocalDate(), now);
        params.addValue("nowInstant", Timestamp.from(now.atZone(clock.getZone()).toInstant()));
        params.addValue("petitionProcess", PETITION_PROCESS);
        List<String> groups = new ArrayList<>(taskGroups(selection).keySet());
        params.addValue("groups", groups.isEmpty() ? List.of("") : groups);
        return params;
    }

    /** "超期 2 天 3 小时", "超期 5 小时 12 分钟", "超期 8 分钟". */
    static String overdueFor(long minutes) {
        long days = minutes / 1440;
        long hours = minutes % 1440 / 60;
        long rest = minutes % 60;
        if (days > 0) {
            return "超期 " + days + " 天" + (hours > 0 ? " " + hours + " 小时" : "");
        }
        if (hours > 0) {
            return "超期 " + hours + " 小时" + (rest > 0 ? " " + rest + " 分钟" : "");
        }
        return rest > 0 ? "超期 " + rest + " 分钟" : "超期不足 1 分钟";
    }

    /** The people's names by login (Camunda's first and last name), for the assignee column. */
    private Map<String, String> names(java.util.Set<String> logins) {
        Map<String, String> names = new HashMap<>();
        if (!logins.isEmpty()) {
            identityService.createUserQuery().userIdIn(logins.toArray(String[]::new)).list().forEach(u -> names.put(
                    u.getId(), ((u.getFirstName() == null ? "" : u.getFirstName())
                            + (u.getLastName() == null ? "" : u.getLastName())).trim()));
        }
        return names;
    }

    private static String person(Map<String, String> names, String login) {
        if (login == null) {
            return "未认领";
        }
        String name = names.get(login);
        return name == null || name.isBlank() ? login : name;
    }

    /** The name of the latest version of a process (居民诉求办理…), as in Tasklist. */
    private String processName(String key) {
        List<String> names = jdbc.queryForList("select NAME_ from ACT_RE_PROCDEF where KEY_ = :key"
                + " order by VERSION_ desc", Map.of("key", key), String.class);
        return names.isEmpty() || names.get(0) == null ? key : names.get(0);
    }

    /**
     * The candidate groups whose tasks count for the unit, each with its community (null for the street's own):
     * for a street or a community only; a grid, worker, category or department is measured by its petitions.
     */
    private Map<String, String> taskGroups(Selection selection) {
        Map<String, String> groups = new java.util.LinkedHashMap<>();
        if (selection.unit() != SupervisionUnit.STREET && selection.unit() != SupervisionUnit.COMMUNITY) {
            return groups;
        }
        for (String community : selection.communities()) {
            for (String group : List.of(cn.gongzhi.identity.GroupIds.workers(community),
                    cn.gongzhi.identity.GroupIds.gridWorkers(community),
                    cn.gongzhi.identity.GroupIds.communitySupervisors(community),
                    cn.gongzhi.identity.GroupIds.partyBranch(community), cn.gongzhi.identity.GroupIds.committee(community),
                    cn.gongzhi.identity.GroupIds.supervisionCommittee(community))) {
                groups.put(group, community);
            }
        }
        if (selection.unit() == SupervisionUnit.STREET) {
            groups.put(cn.gongzhi.identity.GroupIds.streetParty(selection.unitId()), null);
        }
        return groups;
    }

    /**
     * Open and overdue user tasks per candidate group, counted in one grouped query on Camunda's runtime tables (the
     * same tasks as {@code taskCandidateGroup(group).includeAssignedTasks()}); only groups with open tasks are listed.
     */
    private List<GroupLoad> groupLoads(List<String> groups, java.util.Date now) {
        if (groups.isEmpty()) {
            return List.of();
        }
        Map<String, GroupLoad> loads = new HashMap<>();
        jdbc.query("""
                select l.GROUP_ID_, count(distinct t.ID_),
                  count(distinct case when t.DUE_DATE_ < :now then t.ID_ end)
                from ACT_RU_IDENTITYLINK l join ACT_RU_TASK t on t.ID_ = l.TASK_ID_
                where l.TYPE_ = 'candidate' and l.GROUP_ID_ in (:groups)
                group by l.GROUP_ID_""", Map.of("groups", groups, "now", new Timestamp(now.getTime())), row -> {
                    loads.put(row.getString(1), new GroupLoad(row.getString(1), row.getLong(2), row.getLong(3)));
                });
        return groups.stream().map(loads::get).filter(java.util.Objects::nonNull).toList();
    }

    private static String tasklist(String taskId) {
        return "/camunda/app/tasklist/default/#/?task=" + taskId;
    }

    /** Per-day counts from the roll-up; a day with a first-contact limit still running is recounted from its rows. */
    private List<DayCounts> days(Selection selection, MapSqlParameterSource params) {
        String satisfied = java.util.stream.IntStream.rangeClosed(Math.max(1, properties.getSatisfiedAtLeast()), 5)
                .mapToObj(k -> "sum(satisfaction_" + k + ")").reduce((a, b) -> a + " + " + b).orElse("0");
        String unitColumn = selection.column() == null ? "" : " and " + selection.column() + " = :value";
        List<DayCounts> days = new ArrayList<>(jdbc.query("""
                select received_day, sum(received) as received, sum(closed) as closed, sum(reopened) as reopened,
                  sum(returned) as returned, sum(on_time) as on_time, sum(contact_limited) as contact_due,
                  max(case when latest_uncontacted_due >= :now then 1 else 0 end) as contact_running,
                  sum(called_back) as called_back, sum(resolved) as resolved, """ + satisfied + """
                 as satisfied
                from petition_daily where community_code in (:communities)""" + unitColumn + """
                 and received_day >= :fromDay and received_day <= :toDay
                group by received_day order by received_day""", params, (row, i) -> new DayCounts(
                row.getDate("received_day").toLocalDate(), row.getInt("received"), row.getInt("closed"),
                row.getInt("reopened"), row.getInt("returned"), row.getInt("on_time"), row.getInt("contact_due"),
                row.getInt("called_back"), row.getInt("resolved"), row.getInt("satisfied"),
                row.getInt("contact_running") == 1)));
        String where = where(selection);
        for (int i = 0; i < days.size(); i++) {
            DayCounts day = days.get(i);
            if (day.contactRunning()) {
                MapSqlParameterSource oneDay = new MapSqlParameterSource(params.getValues())
                        .addValue("dayStart", day.day().atStartOfDay()).addValue("dayEnd", day.day().plusDays(1).atStartOfDay());
                // conditions in the sum, not the where: "return_department is null" would tempt MySQL onto the
                // department index, whose null entries are nearly every petition
                Integer due = jdbc.queryForObject("select sum(case when return_department is null"
                        + " and first_contact_due is not null and (first_contacted_at is not null"
                        + " or first_contact_due < :now) then 1 else 0 end) from petition where " + where
                        + " and received_at >= :dayStart and received_at < :dayEnd", oneDay, Integer.class);
                days.set(i, day.withContactDue(due == null ? 0 : due));
            }
        }
        return days;
    }

    /** One day's counts of one unit. {@code contactDue}: petitions whose first contact is measured by now. */
    record DayCounts(LocalDate day, int received, int closed, int reopened, int returned, int onTime, int contactDue,
            int calledBack, int resolved, int satisfied, boolean contactRunning) {

        DayCounts withContactDue(int due) {
            return new DayCounts(day, received, closed, reopened, returned, onTime, due, calledBack, resolved, satisfied,
                    false);
        }

        Day toDay(LocalDate first, LocalDate last, SupervisionService rates) {
            return new Day(first, last, received, rates.rate(onTime, contactDue), rates.rate(resolved, calledBack),
                    rates.rate(satisfied, calledBack));
        }

        static DayCounts sum(List<DayCounts> days) {
            int[] t = new int[9];
            for (DayCounts d : days) {
                int[] v = {d.received, d.closed, d.reopened, d.returned, d.onTime, d.contactDue, d.calledBack, d.resolved,
                        d.satisfied};
                for (int k = 0; k < t.length; k++) {
                    t[k] += v[k];
                }
            }
            return new DayCounts(null, t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], false);
        }
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
        double[] weightOf = {properties.getResponseWeight(), properties.getResolutionWeight(),
                properties.getSatisfactionWeight()};
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
        if (minutes.length == 0) {
            return new Spread(null, null, 0);
        }
        int[] sorted = minutes.clone();
        java.util.Arrays.sort(sorted);
        return new Spread(percentile(sorted, 50), percentile(sorted, 90), sorted.length);
    }

    /** Nearest-rank percentile, in integers: 0.9 × 70 in floating point is 63.000…01 and would round up to 64. */
    static Long percentile(int[] sorted, int percent) {
        int rank = (percent * sorted.length + 99) / 100;
        return (long) sorted[Math.max(0, rank - 1)];
    }

    Rate rate(int part, int whole) {
        return Rate.of(part, whole, properties.getMinimumSample());
    }

    void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidFieldException(from == null ? "from" : "to", "请指定统计期间（from、to，格式 2026-11-01）");
        }
        if (from.isAfter(to)) {
            throw new InvalidFieldException("from", "开始日期 " + from + " 晚于结束日期 " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > properties.getMaxRangeDays()) {
            throw new InvalidFieldException("to", "统计期间不能超过 " + properties.getMaxRangeDays() + " 天");
        }
    }

    MapSqlParameterSource params(Selection selection, LocalDate from, LocalDate to, LocalDateTime now) {
        Map<String, Object> values = new HashMap<>();
        values.put("communities", selection.communities().isEmpty() ? List.of("") : selection.communities());
        values.put("value", selection.value());
        values.put("from", from.atStartOfDay());
        values.put("to", to.plusDays(1).atStartOfDay());
        values.put("fromDay", java.sql.Date.valueOf(from));
        values.put("toDay", java.sql.Date.valueOf(to));
        values.put("now", now);
        values.put("today", now.toLocalDate());
        values.put("soon", now.plusHours(properties.getDueSoonHours()));
        values.put("satisfied", properties.getSatisfiedAtLeast());
        values.put("open", OPEN);
        values.put("resolving", List.of("VILLAGERS_ASSEMBLY", "VILLAGER_REPRESENTATIVE_ASSEMBLY",
                "RESIDENTS_ASSEMBLY", "RESIDENT_REPRESENTATIVE_ASSEMBLY"));
        return new MapSqlParameterSource(values);
    }

    static String where(Selection selection) {
        String where = "community_code in (:communities)";
        return selection.column() == null ? where : where + " and " + selection.column() + " = :value";
    }

    private int count(String sql, MapSqlParameterSource params) {
        return number(jdbc.queryForObject(sql, params, Number.class));
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private Summary empty(Selection selection, LocalDate from, LocalDate to) {
        Spread none = new Spread(null, null, 0);
        Rate nothing = rate(0, 0);
        return new Summary(selection.unit(), selection.unitId(), selection.unitName(), from, to, 0, 0, 0, 0, 0, nothing,
                nothing, nothing, new Score(null, false), none, none, nothing, 0, nothing, nothing, 0, 0, 0, 0, 0, 0, 0,
                0, 0, properties.getMinimumSample(), weekly(from, to) ? "WEEK" : "DAY", List.of());
    }
}
