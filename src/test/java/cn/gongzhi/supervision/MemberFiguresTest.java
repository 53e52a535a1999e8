package cn.gongzhi.supervision;

import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Party members' figures (党员作用) of the summary equal a recount of the seeded records, per community and for
 * the street (which sums its communities), and are read under the summary's access rules.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MemberFiguresTest {

    private static final String[] STATUSES = {null, "REPORTED", "ACTIVE", "MOVED_AWAY"};
    private static final String[] KINDS = {"VOLUNTEER_ACTIVITY", "MICRO_WISH", "AREA_TASK"};
    private static final String[] ITEM_STATUSES = {"PUBLISHED", "CLAIMED", "DONE", "MET", "NOT_MET", "CANCELLED"};
    private static final String[] CLAIM_STATUSES = {"CLAIMED", "SERVED", "CONFIRMED", "RETURNED", "NO_SHOW"};
    private static final LocalDate FROM = LocalDate.of(2026, 10, 1);
    private static final LocalDate TO = LocalDate.of(2026, 10, 31);

    /** The recount, per community: the expected figures in the order of {@link #figures(JsonNode)}. */
    private final Map<String, long[]> expected = new HashMap<>();
    private final Map<String, BigDecimal> expectedHours = new HashMap<>();

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
        street = "ms-" + s;
        long streetId = admin.post("/api/registry/streets", body("code", street, "name", "党员测试街道")).id();
        communities = List.of("mc-" + s + "a", "mc-" + s + "b");
        Random random = new Random(s.hashCode());
        for (String code : communities) {
            admin.post("/api/registry/communities", body("code", code, "name", "党员测试社区" + code.charAt(code.length() - 1),
                    "type", "URBAN", "streetId", streetId, "households", 100, "adultResidents", 200));
            long communityId = jdbc.queryForObject("select id from community where code = ?", Long.class, code);
            long[] counts = new long[10];
            BigDecimal hours = BigDecimal.ZERO;
            long[] memberIds = new long[12];
            for (int i = 0; i < memberIds.length; i++) {
                boolean inService = random.nextInt(4) > 0;
                String status = inService ? STATUSES[random.nextInt(STATUSES.length)] : null;
                jdbc.update("insert into party_member (name, gender, registered_community_id, in_service,"
                        + " registered_on, volunteer_hours, reporting_status, reported_on) values (?, 'FEMALE', ?, ?,"
                        + " ?, 0, ?, ?)", "党员" + i, communityId, inService, LocalDate.of(2020, 1, 1), status,
                        status == null ? null : LocalDate.of(2026, 9, 1));
                memberIds[i] = jdbc.queryForObject("select max(id) from party_member", Long.class);
                boolean open = "REPORTED".equals(status) || "ACTIVE".equals(status);
                counts[0] += inService ? 1 : 0;
                counts[1] += inService && open ? 1 : 0;
                counts[2] += inService && "ACTIVE".equals(status) ? 1 : 0;
            }
            for (int i = 0; i < 25; i++) {
                String kind = KINDS[random.nextInt(KINDS.length)];
                String status = ITEM_STATUSES[random.nextInt(ITEM_STATUSES.length)];
                if (!"MICRO_WISH".equals(kind) && (status.equals("MET") || status.equals("NOT_MET"))) {
                    status = "DONE";
                }
                // around the period's edges: its first moment counts, the next day's first moment does not
                LocalDateTime published = i == 0 ? FROM.atStartOfDay() : i == 1 ? TO.plusDays(1).atStartOfDay()
                        : FROM.atStartOfDay().minusDays(3).plusHours(random.nextInt(40 * 24));
                LocalDateTime ends = published.plusDays(random.nextInt(5));
                boolean settled = status.equals("DONE") || status.equals("MET") || status.equals("NOT_MET");
                LocalDateTime closed = settled || status.equals("CANCELLED") ? ends.plusHours(random.nextInt(48)) : null;
                jdbc.update("insert into service_item (kind, community_code, title, description, places, starts_at,"
                        + " ends_at, claim_deadline, status, published_by, published_at, closed_at) values (?, ?, '服务',"
                        + " '服务', 3, ?, ?, ?, ?, 'demo', ?, ?)", kind, code, Timestamp.valueOf(ends.minusHours(2)),
                        Timestamp.valueOf(ends), Timestamp.valueOf(published), status, Timestamp.valueOf(published),
                        closed == null ? null : Timestamp.valueOf(closed));
                long itemId = jdbc.queryForObject("select max(id) from service_item", Long.class);
                boolean publishedIn = within(published);
                counts[3] += publishedIn ? 1 : 0;
                counts[4] += publishedIn && settled ? 1 : 0;
                boolean wishClosed = "MICRO_WISH".equals(kind) && closed != null && within(closed)
                        && (status.equals("MET") || status.equals("NOT_MET"));
                counts[5] += wishClosed && status.equals("MET") ? 1 : 0;
                counts[6] += wishClosed ? 1 : 0;
                for (int m = 0; m < 3; m++) {
                    String claim = CLAIM_STATUSES[random.nextInt(CLAIM_STATUSES.length)];
                    BigDecimal h = BigDecimal.valueOf(1 + random.nextInt(30), 1);
                    jdbc.update("insert into service_claim (item_id, member_id, member_login, claimed_at, status, hours)"
                            + " values (?, ?, 'm', ?, ?, ?)", itemId, memberIds[m * 4 + random.nextInt(4)],
                            Timestamp.valueOf(published), claim, h);
                    if (claim.equals("CONFIRMED") && within(ends)) {
                        hours = hours.add(h);
                    }
                }
            }
            hours = hours.add(seedPetitionHelp(code, random, memberIds, counts));
            expected.put(code, counts);
            expectedHours.put(code, hours);
        }
    }

    /**
     * Members' petition helps and the petitions dispatched to a worker, around the period's edges: counts[8] the helps
     * taken in it (claimed in it, not a no-show), counts[9] the helpers (those helps plus the petitions received in it
     * with a worker). A procedure's items never count among the items published; their confirmed hours count as any
     * (returned).
     */
    private BigDecimal seedPetitionHelp(String code, Random random, long[] memberIds, long[] counts) {
        BigDecimal hours = BigDecimal.ZERO;
        for (int i = 0; i < 14; i++) {
            LocalDateTime claimed = i == 0 ? FROM.atStartOfDay() : i == 1 ? TO.plusDays(1).atStartOfDay()
                    : i == 2 ? FROM.atStartOfDay().minusSeconds(1)
                    : FROM.atStartOfDay().minusDays(3).plusHours(random.nextInt(40 * 24));
            String kind = i % 5 == 4 ? "CONSULTATION_CONTACT" : "PETITION_HELP";
            String claim = CLAIM_STATUSES[random.nextInt(CLAIM_STATUSES.length)];
            jdbc.update("insert into service_item (kind, community_code, title, description, places, starts_at,"
                    + " ends_at, claim_deadline, status, published_by, published_at, source_kind, source_ref,"
                    + " offered_member_id) values (?, ?, '协助', '协助', 1, ?, ?, ?, 'CLAIMED', 'system', ?, ?, ?, ?)",
                    kind, code, Timestamp.valueOf(claimed), Timestamp.valueOf(claimed.plusDays(14)),
                    Timestamp.valueOf(claimed.plusDays(2)), Timestamp.valueOf(claimed),
                    kind.equals("PETITION_HELP") ? "PETITION" : "CONSULTATION", code + "-" + i, memberIds[i % 12]);
            long itemId = jdbc.queryForObject("select max(id) from service_item", Long.class);
            BigDecimal h = BigDecimal.valueOf(1 + random.nextInt(30), 1);
            jdbc.update("insert into service_claim (item_id, member_id, member_login, claimed_at, status, hours) values"
                    + " (?, ?, 'm', ?, ?, ?)", itemId, memberIds[i % 12], Timestamp.valueOf(claimed), claim, h);
            if (claim.equals("CONFIRMED") && within(claimed.plusDays(14))) {
                hours = hours.add(h);
            }
            boolean counted = kind.equals("PETITION_HELP") && within(claimed) && !claim.equals("NO_SHOW");
            counts[8] += counted ? 1 : 0;
            counts[9] += counted ? 1 : 0;
        }
        long base = Math.abs((long) code.hashCode()) * 100;
        for (int i = 0; i < 10; i++) {
            LocalDateTime received = i == 0 ? FROM.atStartOfDay() : i == 1 ? TO.plusDays(1).atStartOfDay()
                    : FROM.atStartOfDay().minusDays(3).plusHours(random.nextInt(40 * 24));
            String worker = i % 3 == 2 ? null : "zhangwei";
            jdbc.update("insert into supervision_petition (petition_id, revision, number, community_code,"
                    + " assigned_worker, category_code, status, reopen_count, received_at, rollup_pending) values"
                    + " (?, 1, ?, ?, ?, 'NOISE', 'ASSIGNED', 0, ?, false)", base + i, code + "-p" + i, code, worker,
                    Timestamp.valueOf(received));
            counts[9] += worker != null && within(received) ? 1 : 0;
        }
        return hours;
    }

    @Test
    void eachCommunitysFiguresEqualARecountAndTheStreetSumsThem() {
        long[] sum = new long[10];
        BigDecimal hours = BigDecimal.ZERO;
        for (String code : communities) {
            JsonNode members = summary(admin, "COMMUNITY", code).get("members");
            assertThat(figures(members)).as(code).containsExactly(expected.get(code));
            assertThat(members.get("serviceHours").decimalValue()).as(code).isEqualByComparingTo(expectedHours.get(code));
            assertThat(members.get("activeShare").get("value").isNull()).isEqualTo(expected.get(code)[1] == 0);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += expected.get(code)[i];
            }
            hours = hours.add(expectedHours.get(code));
        }
        assertThat(sum[0]).as("the seed has members to count").isPositive();
        JsonNode street = summary(admin, "STREET", this.street).get("members");
        assertThat(figures(street)).as("a street sums its communities").containsExactly(sum);
        assertThat(street.get("serviceHours").decimalValue()).isEqualByComparingTo(hours);
        assertThat(street.get("activeShare").get("sufficient").asBoolean())
                .isEqualTo(sum[1] >= 5);
        assertThat(street.get("petitionHelperShare").get("part").asLong()).isEqualTo(sum[8]);
    }

    @Test
    void aGridHasNoMembersFiguresAndTheExportCarriesThem() {
        String code = communities.get(0);
        HttpApi.Response csv = admin.get("/api/supervision/summary?from=" + FROM + "&to=" + TO + "&unit=COMMUNITY&unitId="
                + code + "&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("党员作用：在岗占比", "党员作用：确认服务时长（小时）",
                "党员作用：发布服务项目," + expected.get(code)[3], "党员作用：党员协助办理诉求," + expected.get(code)[8],
                "党员作用：诉求办理人中的党员占比");
        JsonNode scope = admin.get("/api/supervision/scope").json();
        assertThat(scope.get("grids").size()).as("the demo data has grids").isPositive();
        JsonNode summary = summary(admin, "GRID", scope.get("grids").get(0).get("code").asText());
        assertThat(summary.has("members")).isTrue();
        assertThat(summary.get("members").isNull()).as("a grid has no members' figures").isTrue();
    }

    @Test
    void onlyTheUnitsSupervisorsReadTheMembersFigures() {
        String code = communities.get(0);
        assertThat(HttpApi.as(port, "chenjing", "demo").get(url("COMMUNITY", code)).status())
                .as("the supervisor of another community").isEqualTo(403);
        assertThat(HttpApi.as(port, "zhangwei", "demo").get(url("COMMUNITY", code)).status())
                .as("a worker of another community").isEqualTo(403);
        assertThat(HttpApi.as(port, "gaojian", "demo").get(url("STREET", street)).status())
                .as("the supervisor of another street").isEqualTo(403);
        assertThat(HttpApi.anonymous(port).get(url("COMMUNITY", code)).status()).isEqualTo(401);
        assertThat(admin.get(url("COMMUNITY", code)).status()).isEqualTo(200);
    }

    private static boolean within(LocalDateTime at) {
        return !at.isBefore(FROM.atStartOfDay()) && at.isBefore(TO.plusDays(1).atStartOfDay());
    }

    private static long[] figures(JsonNode members) {
        return new long[] {members.get("inService").asLong(), members.get("reported").asLong(),
            members.get("active").asLong(), members.get("itemsPublished").asLong(), members.get("itemsDone").asLong(),
            members.get("microWishesMet").get("part").asLong(), members.get("microWishesMet").get("whole").asLong(),
            members.get("activeShare").get("part").asLong() - members.get("active").asLong(),
            members.get("petitionHelps").asLong(), members.get("petitionHelperShare").get("whole").asLong()};
    }

    private JsonNode summary(HttpApi api, String unit, String unitId) {
        HttpApi.Response response = api.get(url(unit, unitId));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static String url(String unit, String unitId) {
        return "/api/supervision/summary?from=" + FROM + "&to=" + TO + "&unit=" + unit + "&unitId=" + unitId;
    }
}
