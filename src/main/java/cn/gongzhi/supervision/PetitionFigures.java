package cn.gongzhi.supervision;

import cn.gongzhi.petition.PetitionStatus;
import cn.gongzhi.supervision.SupervisionScope.Selection;
import cn.gongzhi.supervision.SupervisionService.Day;
import cn.gongzhi.supervision.SupervisionService.Spread;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The petition figures of one unit and period, read from supervision's own tables: the daily roll-up
 * ({@code petition_daily}) for counts and rates, {@code supervision_petition} for the day whose first-contact limit is
 * still running, the minutes to first contact and resolution, and what falls due soon. Every query is bounded by the
 * period on an index ending in the time of receipt, so its cost follows the period, not the history.
 */
@Component
class PetitionFigures {

    /** Statuses of a petition still being handled: everything but closed and returned to a department. */
    static final List<String> OPEN = Arrays.stream(PetitionStatus.values())
            .filter(s -> s != PetitionStatus.CLOSED && s != PetitionStatus.RETURNED).map(Enum::name).toList();

    private final NamedParameterJdbcTemplate jdbc;
    private final SupervisionProperties properties;

    PetitionFigures(NamedParameterJdbcTemplate jdbc, SupervisionProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
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
        values.put("soon", now.plusHours(properties.dueSoonHours()));
        values.put("open", OPEN);
        return new MapSqlParameterSource(values);
    }

    static String where(Selection selection) {
        String where = "community_code in (:communities)";
        return selection.column() == null ? where : where + " and " + selection.column() + " = :value";
    }

    /** Open petitions whose resolution falls due within {@code gongzhi.supervision.due-soon-hours}. */
    int dueSoon(Selection selection, MapSqlParameterSource params) {
        Number soon = jdbc.queryForObject("select sum(case when handled_at is null and resolution_due >= :now"
                + " and resolution_due < :soon then 1 else 0 end) from supervision_petition where " + where(selection)
                + " and status in (:open)", params, Number.class);
        return soon == null ? 0 : soon.intValue();
    }

    /**
     * A community's petitions received in the period from {@code from} to {@code to}, inclusive, and dispatched to a
     * worker (one was assigned): one helper each, the denominator's other part of the members' share of the helpers
     * (docs/supervision.md, "党员作用").
     */
    int dispatched(String communityCode, LocalDate from, LocalDate to) {
        Number count = jdbc.queryForObject("select count(*) from supervision_petition where community_code = :community"
                + " and assigned_worker is not null and received_at >= :from and received_at < :to",
                new MapSqlParameterSource(Map.of("community", communityCode, "from", from.atStartOfDay(), "to",
                        to.plusDays(1).atStartOfDay())), Number.class);
        return count == null ? 0 : count.intValue();
    }

    /** Median and 90th percentile of the minutes to first contact ([0]) and to resolution ([1]). */
    Spread[] spreads(Selection selection, MapSqlParameterSource params) {
        // whole minutes kept per petition by the roll-up catch-up, read from one index as two small integers
        IntStream.Builder contactMinutes = IntStream.builder();
        IntStream.Builder resolutionMinutes = IntStream.builder();
        jdbc.query("select contact_minutes, resolution_minutes from supervision_petition where " + where(selection)
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
        return new Spread[] {spread(contactMinutes.build().toArray()), spread(resolutionMinutes.build().toArray())};
    }

    static Spread spread(int[] minutes) {
        if (minutes.length == 0) {
            return new Spread(null, null, 0);
        }
        int[] sorted = minutes.clone();
        Arrays.sort(sorted);
        return new Spread(percentile(sorted, 50), percentile(sorted, 90), sorted.length);
    }

    /** Nearest-rank percentile, in integers: 0.9 × 70 in floating point is 63.000…01 and would round up to 64. */
    static Long percentile(int[] sorted, int percent) {
        int rank = (percent * sorted.length + 99) / 100;
        return (long) sorted[Math.max(0, rank - 1)];
    }

    /** Per-day counts from the roll-up; a day with a first-contact limit still running is recounted from its rows. */
    List<DayCounts> days(Selection selection, MapSqlParameterSource params) {
        String satisfied = IntStream.rangeClosed(Math.max(1, properties.satisfiedAtLeast()), 5)
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
        for (int i = 0; i < days.size(); i++) {
            DayCounts day = days.get(i);
            if (day.contactRunning()) {
                MapSqlParameterSource oneDay = new MapSqlParameterSource(params.getValues())
                        .addValue("dayStart", day.day().atStartOfDay())
                        .addValue("dayEnd", day.day().plusDays(1).atStartOfDay());
                // conditions in the sum, not the where: "return_department is null" would tempt MySQL onto the
                // department index, whose null entries are nearly every petition
                Integer due = jdbc.queryForObject("select sum(case when return_department is null"
                        + " and first_contact_due is not null and (first_contacted_at is not null"
                        + " or first_contact_due < :now) then 1 else 0 end) from supervision_petition where "
                        + where(selection) + " and received_at >= :dayStart and received_at < :dayEnd", oneDay,
                        Integer.class);
                days.set(i, day.withContactDue(due == null ? 0 : due));
            }
        }
        return days;
    }

    /** Whether the period is long enough to trend by ISO week rather than by day. */
    boolean weekly(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1 > properties.dailyTrendUpToDays();
    }

    /** The trend: one point per day of receipt, or per ISO week (from its Monday) when the period is long. */
    List<Day> trend(List<DayCounts> days, LocalDate from, LocalDate to) {
        int minimum = properties.minimumSample();
        if (!weekly(from, to)) {
            return days.stream().map(d -> d.toDay(d.day(), d.day(), minimum)).toList();
        }
        Map<LocalDate, List<DayCounts>> weeks = new TreeMap<>();
        days.forEach(d -> weeks.computeIfAbsent(d.day().with(DayOfWeek.MONDAY), w -> new ArrayList<>()).add(d));
        return weeks.entrySet().stream().map(w -> {
            LocalDate sunday = w.getKey().plusDays(6);
            return DayCounts.sum(w.getValue()).toDay(w.getKey(), sunday.isAfter(to) ? to : sunday, minimum);
        }).toList();
    }

    /** One day's counts of one unit. {@code contactDue}: petitions whose first contact is measured by now. */
    record DayCounts(LocalDate day, int received, int closed, int reopened, int returned, int onTime, int contactDue,
            int calledBack, int resolved, int satisfied, boolean contactRunning) {

        DayCounts withContactDue(int due) {
            return new DayCounts(day, received, closed, reopened, returned, onTime, due, calledBack, resolved, satisfied,
                    false);
        }

        Day toDay(LocalDate first, LocalDate last, int minimum) {
            return new Day(first, last, received, SupervisionService.Rate.of(onTime, contactDue, minimum),
                    SupervisionService.Rate.of(resolved, calledBack, minimum),
                    SupervisionService.Rate.of(satisfied, calledBack, minimum));
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
}
