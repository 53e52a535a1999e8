package cn.gongzhi.supervision;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code petition_daily} (V6) equal to a recount of supervision's petition rows ({@code supervision_petition},
 * V14, fed by {@link SupervisionProjection}): every row written since the last catch-up is marked
 * {@code rollup_pending}; a catch-up recomputes the whole day of receipt of each marked petition in its
 * community, so a petition that moved between grid, worker or status leaves no stale figure behind. Runs before every
 * summary; with nothing marked it costs one indexed lookup. The same catch-up writes each petition's time to first
 * contact and to resolution in whole minutes, from which the summary takes its median and 90th percentile. The roll-up's
 * SQL lives here and only here (V6 held a first copy; it is history).
 */
@Component
public class SupervisionRollup {

    private static final Logger log = LoggerFactory.getLogger(SupervisionRollup.class);

    private static final String RECOUNT = """
            insert into petition_daily
            select cast(received_at as date), community_code, coalesce(grid_code, ''), coalesce(assigned_worker, ''),
              category_code, coalesce(return_department, ''), count(*),
              sum(case when status = 'CLOSED' then 1 else 0 end),
              sum(case when reopen_count > 0 then 1 else 0 end),
              sum(case when return_department is not null then 1 else 0 end),
              sum(case when first_contacted_at is not null and first_contacted_at <= first_contact_due then 1 else 0 end),
              sum(case when return_department is null and first_contact_due is not null then 1 else 0 end),
              max(case when return_department is null and first_contacted_at is null then first_contact_due end),
              sum(case when satisfaction is not null then 1 else 0 end),
              sum(case when satisfaction is not null and resolved = true then 1 else 0 end),
              sum(case when satisfaction = 1 then 1 else 0 end),
              sum(case when satisfaction = 2 then 1 else 0 end),
              sum(case when satisfaction = 3 then 1 else 0 end),
              sum(case when satisfaction = 4 then 1 else 0 end),
              sum(case when satisfaction = 5 then 1 else 0 end)
            from supervision_petition where community_code = ? and received_at >= ? and received_at < ?
            group by cast(received_at as date), community_code, coalesce(grid_code, ''), coalesce(assigned_worker, ''),
              category_code, coalesce(return_department, '')""";

    /** Whole minutes from receipt, rounded down like {@code Duration.toMinutes()} (see V7 for why microseconds). */
    private static final String MINUTES = "floor(timestampdiff(microsecond, received_at, ";

    private final JdbcTemplate jdbc;

    SupervisionRollup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Brings the roll-up up to date in a transaction of its own (a summary reads in a read-only one); returns how many
     * community-days were recomputed.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public synchronized int catchUp() {
        List<Object[]> days = jdbc.query("""
                select community_code, cast(received_at as date) as received_day from supervision_petition
                where rollup_pending = true group by community_code, cast(received_at as date)""",
                (row, i) -> new Object[] {row.getString(1), row.getDate(2).toLocalDate()});
        for (Object[] day : days) {
            recount((String) day[0], (LocalDate) day[1]);
        }
        if (!days.isEmpty()) {
            log.debug("Supervision roll-up: {} community-days recomputed", days.size());
        }
        return days.size();
    }

    /** Recomputes the roll-up of every day in the history, e.g. after the figures' definitions changed. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public synchronized void rebuild() {
        jdbc.update("update supervision_petition set rollup_pending = true where rollup_pending = false");
        jdbc.update("delete from petition_daily");
        catchUp();
    }

    private void recount(String community, LocalDate day) {
        // clear the marks first: a petition written after this point is marked again and recomputed next time
        Object start = java.sql.Timestamp.valueOf(day.atStartOfDay());
        Object end = java.sql.Timestamp.valueOf(day.plusDays(1).atStartOfDay());
        // bounded by community and day only: with "rollup_pending = true" added, H2 picks the pending index and
        // reads every marked petition of the history once per day
        // the durations for the percentiles are written here too (V7): one statement keeps the minutes in step with
        // the figures
        jdbc.update("update supervision_petition set rollup_pending = false, contact_minutes = " + MINUTES + "first_contacted_at)"
                + " / 60000000), resolution_minutes = " + MINUTES + "handled_at) / 60000000)"
                + " where community_code = ? and received_at >= ? and received_at < ?", community, start, end);
        jdbc.update("delete from petition_daily where community_code = ? and received_day = ?", community,
                Date.valueOf(day));
        jdbc.update(RECOUNT, community, start, end);
    }
}
