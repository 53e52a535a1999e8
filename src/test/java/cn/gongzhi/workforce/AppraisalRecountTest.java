package cn.gongzhi.workforce;

import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.Projection;
import cn.gongzhi.support.RegistryBodies;
import cn.gongzhi.workforce.domain.AnnualAppraisals;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The figures on a worker's appraisal sheet agree with a recount from the raw records: a street of its own with one
 * worker, a few hundred petitions assigned to her (in the year and outside it) and training lines; her sheet is
 * counted by the application, then every raw row is read back and the definitions of docs/supervision.md and
 * docs/processes/workers.md are applied in plain Java: petitions received in the year, contacted on time of due for
 * contact, resolved and satisfied (score 4 or 5) of called back, hours credited in the year and the plan's hours
 * required.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AppraisalRecountTest {

    private static final int YEAR = 2026;
    private static final int SATISFIED_AT_LEAST = 4;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AnnualAppraisals appraisals;

    @Autowired
    ApplicationContext context;

    @Test
    void theSheetsFiguresEqualARecountFromTheRecords() {
        HttpApi admin = HttpApi.as(port, "demo", "demo");
        String s = UUID.randomUUID().toString().substring(0, 8);
        String street = "ar-" + s;
        String community = "ac-" + s;
        String login = "aw-" + s;
        long streetId = admin.post("/api/registry/streets", body("code", street, "name", "考核复核街道")).id();
        long communityId = admin.post("/api/registry/communities", body("code", community, "name", "考核复核社区",
                "type", "URBAN", "streetId", streetId, "households", 100, "adultResidents", 200)).id();
        long workerId = RegistryBodies.created(admin.post("/api/registry/workers",
                RegistryBodies.worker(communityId, login, "STAFF")));
        Random random = new Random(s.hashCode());
        List<Object[]> rows = new ArrayList<>();
        LocalDateTime start = LocalDateTime.of(YEAR - 1, 12, 1, 0, 0);
        for (int i = 0; i < 300; i++) {
            rows.add(petition(s + "-" + i, random, community, login, start.plusMinutes(random.nextInt(300 * 24 * 60))));
        }
        jdbc.batchUpdate("""
                insert into petition (number, category_code, community_code, location, description, channel, status,
                  first_contact_due, resolution_due, first_receiving_unit, received_at, first_contacted_at, handled_at,
                  closed_at, updated_at, resolved, satisfaction, reopen_count, escalation_count, assigned_worker)
                values (?, 'NOISE', ?, '复核', '复核', 'HOTLINE', ?, ?, ?, 'test', ?, ?, ?, ?, ?, ?, ?, 0, 0, ?)""",
                rows);
        Projection.petitionsWritten(context, rows.stream().map(row -> (String) row[0]).toList());
        jdbc.update("insert into training_plan (worker_id, plan_year, hours_required) values (?, ?, 40)", workerId,
                YEAR);
        for (int[] line : new int[][] {{YEAR, 3, 12}, {YEAR, 9, 6}, {YEAR - 1, 11, 20}}) {
            jdbc.update("insert into training_attendance (worker_id, attended, hours_credited, credited_on, source)"
                    + " values (?, true, ?, ?, 'MIGRATED')", workerId, line[2],
                    Date.valueOf(LocalDate.of(line[0], line[1], 10)));
        }

        long roundId = appraisals.open(street, YEAR, "recount-test");
        long sheetId = appraisals.sheets(roundId).get(0).getId();
        appraisals.count(sheetId, false);
        Map<String, Object> sheet = jdbc.queryForMap("select * from appraisal_sheet where id = ?", sheetId);

        List<Map<String, Object>> raw = jdbc.queryForList("select * from petition where assigned_worker = ?"
                + " and received_at >= ? and received_at < ?", login, Timestamp.valueOf(LocalDateTime.of(YEAR, 1, 1, 0, 0)),
                Timestamp.valueOf(LocalDateTime.of(YEAR + 1, 1, 1, 0, 0)));
        LocalDateTime now = LocalDateTime.now();
        long measured = raw.stream().filter(p -> p.get("first_contact_due") != null && (p.get("first_contacted_at") != null
                || time(p, "first_contact_due").isBefore(now))).count();
        long onTime = raw.stream().filter(p -> p.get("first_contacted_at") != null
                && !time(p, "first_contacted_at").isAfter(time(p, "first_contact_due"))).count();
        List<Map<String, Object>> calledBack = raw.stream().filter(p -> p.get("satisfaction") != null).toList();
        long resolved = calledBack.stream().filter(p -> Boolean.TRUE.equals(p.get("resolved"))).count();
        long satisfied = calledBack.stream().filter(p -> ((Number) p.get("satisfaction")).intValue()
                >= SATISFIED_AT_LEAST).count();
        assertThat(raw.size()).as("petitions of the year the recount walked through").isGreaterThan(150);
        assertThat(number(sheet, "petitions")).isEqualTo(raw.size());
        assertThat(number(sheet, "response_part")).isEqualTo(onTime);
        assertThat(number(sheet, "response_whole")).isEqualTo(measured);
        assertThat(number(sheet, "resolution_part")).isEqualTo(resolved);
        assertThat(number(sheet, "resolution_whole")).isEqualTo(calledBack.size());
        assertThat(number(sheet, "satisfaction_part")).isEqualTo(satisfied);
        assertThat(number(sheet, "satisfaction_whole")).isEqualTo(calledBack.size());
        assertThat(number(sheet, "callbacks")).isEqualTo(calledBack.size());
        assertThat(number(sheet, "training_hours")).isEqualTo(18);
        assertThat(number(sheet, "training_required")).isEqualTo(40);
        assertThat(sheet.get("party_hours")).as("she is no Party member").isNull();
        assertThat(sheet.get("counted_at")).isNotNull();
    }

    private static Object[] petition(String key, Random random, String community, String login,
            LocalDateTime received) {
        boolean closed = random.nextInt(3) > 0;
        LocalDateTime contactDue = received.plusHours(24);
        int[] contactAfter = {24 * 60, 24 * 60 - 1, 24 * 60 + 1, 30, 600, 3000};
        LocalDateTime contacted = !closed && random.nextBoolean() ? null
                : received.plusMinutes(contactAfter[random.nextInt(contactAfter.length)]);
        LocalDateTime handled = contacted == null ? null : contacted.plusMinutes(60 + random.nextInt(3 * 24 * 60));
        Integer satisfaction = closed && random.nextInt(5) > 0 ? 1 + random.nextInt(5) : null;
        Boolean resolved = satisfaction == null ? null : random.nextInt(4) > 0;
        return new Object[] {"A-" + key, community, closed ? "CLOSED" : "IN_PROGRESS", ts(contactDue),
                ts(received.plusDays(3)), ts(received), ts(contacted), ts(handled),
                closed ? ts(handled == null ? received.plusDays(2) : handled) : null, ts(received), resolved,
                satisfaction, login};
    }

    private static Timestamp ts(LocalDateTime at) {
        return at == null ? null : Timestamp.valueOf(at);
    }

    private static LocalDateTime time(Map<String, Object> row, String column) {
        return ((Timestamp) row.get(column)).toLocalDateTime();
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }
}
