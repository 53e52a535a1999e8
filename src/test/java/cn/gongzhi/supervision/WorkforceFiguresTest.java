package cn.gongzhi.supervision;

import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The community workers' figures (社工队伍) of the summary equal a recount of the seeded records, per community and for
 * the street (which sums its communities), on the period's last day: certificates valid that day (one that ended the
 * day before does not count, one ending that day does, one issued the next day does not yet), expiring within the 90
 * days after it (the 90th counts, the 91st does not), hours credited from January 1 to that day (December 31 and the
 * next day do not count), each worker's hours counted up to her plan, and the latest year with appraisal results up
 * to that day's year (a result of a later year does not count).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WorkforceFiguresTest {

    private static final LocalDate TO = LocalDate.of(2026, 10, 31);
    private static final LocalDate FROM = LocalDate.of(2026, 10, 1);
    private static final String[] LEVELS = {"ASSISTANT", "INTERMEDIATE", "SENIOR"};
    private static final String[] RESULTS = {"EXCELLENT", "COMPETENT", "BASICALLY_COMPETENT", "INCOMPETENT"};
    /** Validity edges around {@link #TO}: [issued, valid until]; null = no end. */
    private static final LocalDate[][] SPANS = {
        {TO.minusYears(2), TO.minusDays(1)}, {TO.minusYears(2), TO}, {TO.plusDays(1), TO.plusYears(3)},
        {TO.minusYears(1), TO.plusDays(90)}, {TO.minusYears(1), TO.plusDays(91)}, {TO.minusYears(1), null},
        {TO.minusYears(1), TO.plusDays(30)}};
    private static final LocalDate[] CREDITED = {LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1), TO,
        TO.plusDays(1), LocalDate.of(2026, 6, 15)};

    /** The recount per community: workers, qualified, planned, hours planned, toward plan, on track, credited, expiring. */
    private final Map<String, long[]> expected = new HashMap<>();
    /** Results of 2025 per community (EXCELLENT … INCOMPETENT); 2024 (older) and 2027 (after the day) are passed over. */
    private final Map<String, long[]> results2025 = new HashMap<>();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    HttpApi admin;
    String street;
    List<String> communities;

    @BeforeEach
    void seed() {
        admin = HttpApi.as(port, "demo", "demo");
        String s = UUID.randomUUID().toString().substring(0, 8);
        street = "ws-" + s;
        long streetId = admin.post("/api/registry/streets", body("code", street, "name", "社工测试街道")).id();
        communities = List.of("wc-" + s + "a", "wc-" + s + "b");
        Random random = new Random(s.hashCode());
        int n = 0;
        for (String code : communities) {
            admin.post("/api/registry/communities", body("code", code, "name", "社工测试社区" + code.charAt(code.length() - 1),
                    "type", "URBAN", "streetId", streetId, "households", 100, "adultResidents", 200));
            long communityId = jdbc.queryForObject("select id from community where code = ?", Long.class, code);
            long[] counts = new long[8];
            long[] results = new long[4];
            for (int i = 0; i < 9; i++) {
                jdbc.update("insert into community_worker (community_id, name, username, gender, post, grade,"
                        + " caseload_limit, open_caseload) values (?, ?, ?, 'FEMALE', 'STAFF', 3, 10, 0)", communityId,
                        "社工" + i, "w" + s + (n++));
                long worker = jdbc.queryForObject("select max(id) from community_worker", Long.class);
                counts[0]++;
                boolean qualified = false;
                // the first worker holds a certificate on each edge, so every edge is counted whatever the draw
                List<LocalDate[]> held = new java.util.ArrayList<>();
                if (i == 0) {
                    held.addAll(List.of(SPANS));
                }
                for (int q = random.nextInt(3); q > 0; q--) {
                    held.add(SPANS[random.nextInt(SPANS.length)]);
                }
                for (LocalDate[] span : held) {
                    jdbc.update("insert into worker_qualification (worker_id, level, certificate_number, issued_on,"
                            + " valid_until, source) values (?, ?, '440100199001010000', ?, ?, 'RECORDED')", worker,
                            LEVELS[random.nextInt(3)], Date.valueOf(span[0]),
                            span[1] == null ? null : Date.valueOf(span[1]));
                    boolean valid = !span[0].isAfter(TO) && (span[1] == null || !span[1].isBefore(TO));
                    qualified |= valid;
                    counts[7] += valid && span[1] != null && !span[1].isAfter(TO.plusDays(90)) ? 1 : 0;
                }
                counts[1] += qualified ? 1 : 0;
                int hours = 0;
                for (int a = random.nextInt(4); a > 0; a--) {
                    LocalDate on = CREDITED[random.nextInt(CREDITED.length)];
                    int h = random.nextInt(20);
                    jdbc.update("insert into training_attendance (worker_id, course_id, attended, hours_credited,"
                            + " credited_on, source) values (?, null, ?, ?, ?, 'RECORDED')", worker, h > 0, h,
                            Date.valueOf(on));
                    hours += on.getYear() == 2026 && !on.isAfter(TO) ? h : 0;
                }
                counts[6] += hours;
                if (random.nextInt(4) > 0) {
                    int required = 10 + random.nextInt(30);
                    jdbc.update("insert into training_plan (worker_id, plan_year, hours_required) values (?, 2026, ?)",
                            worker, required);
                    counts[2]++;
                    counts[3] += required;
                    counts[4] += Math.min(hours, required);
                    counts[5] += hours >= required ? 1 : 0;
                }
                jdbc.update("insert into training_plan (worker_id, plan_year, hours_required) values (?, 2025, 99)",
                        worker);
                for (int year : new int[] {2024, 2025, 2027}) {
                    if (random.nextInt(3) == 0) {
                        continue;
                    }
                    int result = random.nextInt(4);
                    jdbc.update("insert into worker_appraisal (worker_id, appraisal_year, result, proposed_by,"
                            + " appraised_by, appraised_at) values (?, ?, ?, 'head', 'office', ?)", worker, year,
                            RESULTS[result], Timestamp.from(Instant.now()));
                    results[result] += year == 2025 ? 1 : 0;
                }
            }
            expected.put(code, counts);
            results2025.put(code, results);
        }
    }

    @Test
    void eachCommunitysFiguresEqualARecountAndTheStreetSumsThem() {
        long[] sum = new long[8];
        long[] results = new long[4];
        for (String code : communities) {
            JsonNode workers = summary("COMMUNITY", code).get("workers");
            assertThat(figures(workers)).as(code).containsExactly(expected.get(code));
            if (total(results2025.get(code)) > 0) {
                assertThat(workers.get("appraisalYear").asInt()).isEqualTo(2025);
                assertThat(distribution(workers)).as(code).containsExactly(results2025.get(code));
            }
            for (int i = 0; i < sum.length; i++) {
                sum[i] += expected.get(code)[i];
            }
            for (int i = 0; i < results.length; i++) {
                results[i] += results2025.get(code)[i];
            }
        }
        assertThat(sum[1]).as("the seed has qualified workers").isPositive();
        assertThat(sum[7]).as("the seed has certificates expiring").isPositive();
        JsonNode street = summary("STREET", this.street).get("workers");
        assertThat(figures(street)).as("a street sums its communities").containsExactly(sum);
        assertThat(street.get("asOf").asText()).isEqualTo(TO.toString());
        assertThat(street.get("trainingYear").asInt()).isEqualTo(2026);
        assertThat(street.get("expiryWarningDays").asInt()).isEqualTo(90);
        assertThat(street.get("appraisalYear").asInt()).as("2027 lies after the period; 2025 is the latest before")
                .isEqualTo(2025);
        assertThat(distribution(street)).containsExactly(results);
        assertThat(street.get("appraisals").get(0).get("label").asText()).isEqualTo("优秀");
    }

    @Test
    void aGridHasNoWorkersFiguresAndTheExportCarriesThem() {
        String code = communities.get(0);
        HttpApi.Response csv = admin.get(url("COMMUNITY", code) + "&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("社工队伍：社区工作者," + expected.get(code)[0], "社工队伍：持有效职业资格占比",
                "社工队伍：90 天内到期的证书," + expected.get(code)[7], "社工队伍：已记学时," + expected.get(code)[6]);
        JsonNode scope = admin.get("/api/supervision/scope").json();
        JsonNode grid = summary("GRID", scope.get("grids").get(0).get("code").asText());
        assertThat(grid.get("workers").isNull()).as("a grid has no workers' figures").isTrue();
    }

    @Test
    void onlyTheUnitsSupervisorsReadTheWorkersFigures() {
        String code = communities.get(0);
        assertThat(HttpApi.as(port, "chenjing", "demo").get(url("COMMUNITY", code)).status())
                .as("the head of another community").isEqualTo(403);
        assertThat(HttpApi.as(port, "gaojian", "demo").get(url("STREET", street)).status())
                .as("the office of another street").isEqualTo(403);
        assertThat(HttpApi.anonymous(port).get(url("COMMUNITY", code)).status()).isEqualTo(401);
    }

    private static long total(long[] results) {
        long t = 0;
        for (long r : results) {
            t += r;
        }
        return t;
    }

    private static long[] figures(JsonNode w) {
        return new long[] {w.get("workers").asLong(), w.get("qualifiedShare").get("part").asLong(),
            w.get("planned").asLong(), w.get("hoursPlanned").asLong(), w.get("planProgress").get("part").asLong(),
            w.get("onTrackShare").get("part").asLong(), w.get("hoursCredited").asLong(),
            w.get("certificatesExpiring").asLong()};
    }

    private static long[] distribution(JsonNode w) {
        long[] counts = new long[4];
        for (int i = 0; i < 4; i++) {
            JsonNode r = w.get("appraisals").get(i);
            assertThat(r.get("result").asText()).isEqualTo(RESULTS[i]);
            counts[i] = r.get("share").get("part").asLong();
        }
        return counts;
    }

    private JsonNode summary(String unit, String unitId) {
        HttpApi.Response response = admin.get(url(unit, unitId));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static String url(String unit, String unitId) {
        return "/api/supervision/summary?from=" + FROM + "&to=" + TO + "&unit=" + unit + "&unitId=" + unitId;
    }
}
