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

    /** One day of the trend. Rates are between 0 and 1, null where there was nothing to measure. */
    public record Day(LocalDate day, int received, Double responseRate, Double resolutionRate,
            Double satisfactionRate) {}

    public record Summary(SupervisionUnit unit, String unitId, String unitName, LocalDate from, LocalDate to,
            int received, int open, int closed, int overdueNow, int dueSoon, Double responseRate,
            Double resolutionRate, Double satisfactionRate, Double compositeScore, Spread timeToFirstContact,
            Spread timeToResolution, Double reopenRate, int returned, Double returnShare, Double whistleRate,
            int escalations, int departmentsLateToReportIn, int overdueCommitments, int meetingsHeld,
            int meetingsWithoutQuorum, int resolutionsPassed, int resolutionsRejected, int objectionsFiled,
            int objectionsUpheld, List<Day> trend) {}

    /** An overdue petition, with where to open it. */
    public record OverduePetition(String number, String categoryCode, String communityCode, String assignedWorker,
            String status, LocalDateTime firstContactDue, LocalDateTime resolutionDue, String stage, String taskId,
            String tasklistLink, String cockpitLink) {}

    /** An overdue user task of any process, oldest due first. */
    public record OverdueTask(String taskId, String name, String processDefinitionKey, String businessKey,
            java.util.Date due, String assignee, String tasklistLink, String cockpitLink) {}

    /** Open and overdue user tasks of one candidate group. */
    public record GroupLoad(String group, long open, long overdue) {}

    public record Overdue(SupervisionUnit unit, String unitId, List<OverduePetition> petitions,
            List<OverdueTask> tasks, List<GroupLoad> groups) {}

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

    SupervisionService(SupervisionScope scope, NamedParameterJdbcTemplate jdbc,
            org.camunda.bpm.engine.TaskService taskService, SupervisionProperties properties, Clock clock,
            SupervisionRollup rollup) {
        this.rollup = rollup;
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
        LocalDateTime now = LocalDateTime.now(clock);
        MapSqlParameterSource params = params(selection, from, to, now);
        String where = where(selection);
        if (selection.communities().isEmpty()) {
            return empty(selection, from, to);
        }
        try {
            rollup.catchUp();
        } catch (org.springframework.dao.DataAccessException e) {
            // another node is recomputing the same day (docs/operations.md); read what is there, it catches up next time
            log.warn("Supervision roll-up catch-up skipped: {}", e.getMessage());
        }
        List<DayCounts> days = days(selection, params);
        DayCounts total = DayCounts.sum(days);
        int received = total.received();
        int calledBack = total.calledBack();
        Double response = rate(total.onTime(), total.contactDue());
        Double resolution = rate(total.resolved(), calledBack);
        Double satisfaction = rate(total.satisfied(), calledBack);
        int returned = total.returned();

        Map<String, Object> now_ = jdbc.queryForMap("""
                select sum(case when (first_contacted_at is null and first_contact_due < :now)
                      or (handled_at is null and resolution_due < :now) then 1 else 0 end) as overdue,
                  sum(case when handled_at is null and resolution_due >= :now and resolution_due < :soon
                      then 1 else 0 end) as due_soon
                from petition where """ + " " + where + " and status in (:open)", params);

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

        int escalations = count("select count(*) from escalation where community_code in (:communities)"
                + " and opened_at >= :from and opened_at < :to", params);
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

        return new Summary(selection.unit(), selection.unitId(), selection.unitName(), from, to, received,
                received - total.closed(), total.closed(), number(now_.get("overdue")),
                number(now_.get("due_soon")), response, resolution, satisfaction,
                composite(response, resolution, satisfaction), spread(contactMinutes.build().toArray()),
                spread(resolutionMinutes.build().toArray()),
                rate(total.reopened(), received), returned, rate(returned, received),
                received == 0 ? null : escalations * 100.0 / received, escalations, late, overdueCommitments,
                number(meetings.get("held")), number(meetings.get("no_quorum")), number(meetings.get("passed")),
                number(meetings.get("rejected")), number(objections.get("filed")), number(objections.get("upheld")),
                days.stream().map(DayCounts::toDay).toList());
    }

    /** What is overdue now in the unit: petitions past a due date, and every process's user tasks past theirs. */
    public Overdue overdue(Collection<String> groups, SupervisionUnit unit, String unitId) {
        Selection selection = scope.select(groups, unit, unitId);
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        MapSqlParameterSource params = params(selection, today, today, now);
        record Row(String number, String category, String community, String worker, String status,
                LocalDateTime contactDue, LocalDateTime resolutionDue, boolean contactLate, String instance) {}
        List<Row> rows = selection.communities().isEmpty() ? List.of() : jdbc.query(
                "select number, category_code, community_code, assigned_worker, status, first_contact_due,"
                        + " first_contacted_at, resolution_due, process_instance_id from petition where "
                        // "status in (open ones)", not "not in (closed ones)": a range on the open-petition index
                        + where(selection) + " and status in (:open) and ((first_contacted_at is null"
                        + " and first_contact_due < :now) or (handled_at is null and resolution_due < :now))"
                        + " order by resolution_due limit " + properties.getOverdueListLimit(), params,
                (row, i) -> new Row(row.getString("number"), row.getString("category_code"),
                        row.getString("community_code"), row.getString("assigned_worker"), row.getString("status"),
                        row.getObject("first_contact_due", LocalDateTime.class),
                        row.getObject("resolution_due", LocalDateTime.class),
                        row.getObject("first_contacted_at") == null, row.getString("process_instance_id")));
        // each petition's open task, oldest first, in one query for the whole list (not one per petition)
        String[] instances = rows.stream().map(Row::instance).filter(java.util.Objects::nonNull).distinct()
                .toArray(String[]::new);
        Map<String, String> taskOf = new HashMap<>();
        if (instances.length > 0) {
            taskService.createTaskQuery().processInstanceIdIn(instances).orderByTaskCreateTime().asc().list()
                    .forEach(t -> taskOf.putIfAbsent(t.getProcessInstanceId(), t.getId()));
        }
        List<OverduePetition> petitions = rows.stream().map(r -> {
            String task = r.instance() == null ? null : taskOf.get(r.instance());
            return new OverduePetition(r.number(), r.category(), r.community(), r.worker(), r.status(), r.contactDue(),
                    r.resolutionDue(), r.contactLate() ? "CONTACT" : "RESOLUTION", task,
                    task == null ? null : tasklist(task), r.instance() == null ? null : cockpit(r.instance()));
        }).toList();
        List<String> candidateGroups = candidateGroups(selection);
        java.util.Date nowDate = java.util.Date.from(now.atZone(clock.getZone()).toInstant());
        List<org.camunda.bpm.engine.task.Task> late = candidateGroups.isEmpty() ? List.of() : taskService
                .createTaskQuery().taskCandidateGroupIn(candidateGroups).includeAssignedTasks().dueBefore(nowDate)
                .orderByDueDate().asc().listPage(0, properties.getOverdueListLimit());
        Map<String, String> businessKeys = businessKeys(late.stream()
                .map(org.camunda.bpm.engine.task.Task::getProcessInstanceId).filter(java.util.Objects::nonNull)
                .distinct().toList());
        List<OverdueTask> tasks = late.stream().map(t -> new OverdueTask(t.getId(), t.getName(),
                t.getProcessDefinitionId() == null ? null : t.getProcessDefinitionId().split(":")[0],
                businessKeys.get(t.getProcessInstanceId()), t.getDueDate(), t.getAssignee(), tasklist(t.getId()),
                t.getProcessInstanceId() == null ? null : cockpit(t.getProcessInstanceId()))).toList();
        List<GroupLoad> loads = groupLoads(candidateGroups, nowDate);
        return new Overdue(selection.unit(), selection.unitId(), petitions, tasks, loads);
    }

    private List<String> candidateGroups(Selection selection) {
        List<String> groups = new ArrayList<>();
        for (String community : selection.communities()) {
            groups.addAll(List.of(cn.gongzhi.identity.GroupIds.workers(community),
                    cn.gongzhi.identity.GroupIds.gridWorkers(community),
                    cn.gongzhi.identity.GroupIds.communitySupervisors(community),
                    cn.gongzhi.identity.GroupIds.partyBranch(community), cn.gongzhi.identity.GroupIds.committee(community),
                    cn.gongzhi.identity.GroupIds.supervisionCommittee(community)));
        }
        if (selection.unit() == SupervisionUnit.STREET) {
            groups.add(cn.gongzhi.identity.GroupIds.streetParty(selection.unitId()));
        }
        return groups;
    }

    /** The business keys of the instances, in one query (the task query does not carry them). */
    private Map<String, String> businessKeys(List<String> processInstanceIds) {
        Map<String, String> keys = new HashMap<>();
        if (!processInstanceIds.isEmpty()) {
            jdbc.query("select ID_, BUSINESS_KEY_ from ACT_RU_EXECUTION where ID_ in (:ids)",
                    Map.of("ids", processInstanceIds), row -> {
                        keys.put(row.getString(1), row.getString(2));
                    });
        }
        return keys;
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

    private static String cockpit(String processInstanceId) {
        return "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId;
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

        Day toDay() {
            return new Day(day, received, rate(onTime, contactDue), rate(resolved, calledBack), rate(satisfied, calledBack));
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

    Double composite(Double response, Double resolution, Double satisfaction) {
        double weighted = 0;
        double weights = 0;
        double[][] parts = {{response == null ? -1 : response, properties.getResponseWeight()},
                {resolution == null ? -1 : resolution, properties.getResolutionWeight()},
                {satisfaction == null ? -1 : satisfaction, properties.getSatisfactionWeight()}};
        for (double[] part : parts) {
            if (part[0] >= 0 && part[1] > 0) {
                weighted += part[0] * part[1];
                weights += part[1];
            }
        }
        return weights == 0 ? null : weighted / weights;
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

    static Double rate(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
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
        return new Summary(selection.unit(), selection.unitId(), selection.unitName(), from, to, 0, 0, 0, 0, 0, null,
                null, null, null, none, none, null, 0, null, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of());
    }
}
