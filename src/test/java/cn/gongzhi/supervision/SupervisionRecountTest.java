package cn.gongzhi.supervision;

import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import cn.gongzhi.support.Projection;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The figures the summary reads through its period-bounded, indexed queries agree with a full recount: every petition
 * row is read back, the definitions of docs/supervision.md are applied in plain Java, and the two are compared for a
 * street, each of its communities and a category, over a long period, a month and a single day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupervisionRecountTest {

    private static final String[] CATEGORIES = {"NOISE", "PROPERTY_MANAGEMENT", "COMMUNITY_ENVIRONMENT", "WATER_SUPPLY"};
    private static final String[] OPEN = {"RECEIVED", "ASSIGNED", "IN_PROGRESS", "CALLBACK"};
    private static final int SATISFIED_AT_LEAST = 4;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    java.time.Clock clock;

    HttpApi admin;
    String street;
    List<String> communities;

    @BeforeEach
    void randomHistory() {
        admin = HttpApi.as(port, adminLogin()[0], adminLogin()[1]);
        String s = UUID.randomUUID().toString().substring(0, 8);
        street = "rs-" + s;
        long streetId = admin.post("/api/registry/streets", body("code", street, "name", "复核测试街道")).id();
        communities = List.of("rc-" + s + "a", "rc-" + s + "b");
        for (String code : communities) {
            admin.post("/api/registry/communities", body("code", code, "name", "复核测试社区" + code.charAt(code.length() - 1),
                    "type", "URBAN", "streetId", streetId, "households", 100, "adultResidents", 200));
        }
        Random random = new Random(s.hashCode());
        LocalDateTime start = LocalDateTime.of(2026, 6, 1, 0, 0);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            LocalDateTime received = start.plusMinutes(random.nextInt(122 * 24 * 60));
            rows.add(row(s + "-" + i, random, received));
        }
        // open petitions around now, so overdue and due-soon figures have something to count
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        for (int i = 0; i < 40; i++) {
            rows.add(row(s + "-n" + i, random, now.minusHours(random.nextInt(10 * 24))));
        }
        jdbc.batchUpdate("""
                insert into petition (number, category_code, community_code, location, description, channel, status,
                  first_contact_due, resolution_due, first_receiving_unit, return_department, received_at,
                  first_contacted_at, handled_at, closed_at, updated_at, resolved, satisfaction, reopen_count,
                  escalation_count)
                values (?, ?, ?, '复核', '复核', 'HOTLINE', ?, ?, ?, 'test', ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", rows);
        Projection.petitionsWritten(context, rows.stream().map(row -> (String) row[0]).toList());
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    /** The administrator's login and password: the demo administrator here, the configured one on MySQL. */
    String[] adminLogin() {
        return new String[] {"demo", "demo"};
    }

    private Object[] row(String key, Random random, LocalDateTime received) {
        String community = communities.get(random.nextInt(2));
        boolean returned = random.nextInt(12) == 0;
        boolean closed = !returned && random.nextInt(3) > 0;
        String status = returned ? "RETURNED" : closed ? "CLOSED" : OPEN[random.nextInt(OPEN.length)];
        LocalDateTime contactDue = returned ? null : received.plusHours(24);
        // on the limit exactly, a minute either side, or far from it; handling ends at any second, so the whole minutes
        // the roll-up stores (V7) are rounded down as Duration.toMinutes() rounds them
        int[] contactAfter = {24 * 60, 24 * 60 - 1, 24 * 60 + 1, 30, 600, 3000};
        LocalDateTime contacted = returned || (!closed && random.nextBoolean()) ? null
                : received.plusMinutes(contactAfter[random.nextInt(contactAfter.length)]);
        LocalDateTime handled = contacted == null || (!closed && random.nextBoolean()) ? null
                : contacted.plusMinutes(60 + random.nextInt(5 * 24 * 60)).plusSeconds(random.nextInt(60));
        Integer satisfaction = closed && random.nextInt(5) > 0 ? 1 + random.nextInt(5) : null;
        Boolean resolved = satisfaction == null ? null : random.nextInt(4) > 0;
        return new Object[] {"R-" + key, CATEGORIES[random.nextInt(CATEGORIES.length)], community, status,
                time(contactDue), time(received.plusDays(3)), returned ? "water" : null, time(received),
                time(contacted), time(handled), closed ? time(handled == null ? received.plusDays(2) : handled) : null,
                time(received), resolved, satisfaction, random.nextInt(6) == 0 ? 1 : 0};
    }

    @Test
    void summariesAgreeWithAFullRecount() {
        List<Petition> all = jdbc.query("select * from petition", (r, i) -> new Petition(r.getString("community_code"),
                r.getString("category_code"), r.getString("status"), r.getString("return_department"),
                local(r.getTimestamp("received_at")), local(r.getTimestamp("first_contact_due")),
                local(r.getTimestamp("first_contacted_at")), local(r.getTimestamp("resolution_due")),
                local(r.getTimestamp("handled_at")), (Boolean) r.getObject("resolved"),
                (Integer) r.getObject("satisfaction"), r.getInt("reopen_count")));
        String[][] periods = {{"2026-06-01", "2026-09-30"}, {"2026-07-01", "2026-07-31"}, {"2026-08-15", "2026-08-15"}};
        int compared = 0;
        for (String[] period : periods) {
            compared += compare("STREET", street, period, all, p -> communities.contains(p.community()), true);
            for (String community : communities) {
                compared += compare("COMMUNITY", community, period, all, p -> p.community().equals(community), true);
            }
            compared += compare("CATEGORY", "WATER_SUPPLY", period, all, p -> p.category().equals("WATER_SUPPLY"),
                    false);
        }
        assertThat(compared).as("petitions the recount walked through").isGreaterThan(600);
        LocalDate today = LocalDate.now(clock);
        compare("STREET", street, new String[] {today.minusDays(9).toString(), today.toString()}, all,
                p -> communities.contains(p.community()), true);
    }

    @Autowired
    cn.gongzhi.petition.domain.PetitionRepository petitions;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    cn.gongzhi.petition.domain.PetitionTimeline timeline;

    @Test
    void aPetitionMovedThroughTheApplicationMovesItsFigures() {
        String url = "/api/supervision/summary?from=2026-06-01&to=2026-09-30&unit=STREET&unitId=" + street;
        JsonNode before = admin.get(url).json();
        String number = jdbc.queryForObject("select min(number) from petition where community_code in (?, ?)"
                + " and received_at < ? and status = 'IN_PROGRESS'", String.class, communities.get(0), communities.get(1),
                Timestamp.valueOf(LocalDateTime.of(2026, 10, 1, 0, 0)));
        transactions.executeWithoutResult(t -> {
            var petition = petitions.findByNumber(number).orElseThrow();
            petition.setSatisfaction(5);
            petition.setResolved(true);
            timeline.moved(petition, cn.gongzhi.petition.PetitionStatus.CLOSED, "回访办结");
        });
        Projection.caughtUp(context);
        JsonNode after = admin.get(url).json();
        assertThat(after.get("closed").asInt()).isEqualTo(before.get("closed").asInt() + 1);
        assertThat(after.get("open").asInt()).isEqualTo(before.get("open").asInt() - 1);
        assertThat(jdbc.queryForObject("select count(*) from supervision_petition where rollup_pending = true", Integer.class))
                .as("nothing left for the roll-up after a summary").isZero();
    }

    @Test
    void percentilesUseExactNearestRanks() {
        int[] seventy = java.util.stream.IntStream.rangeClosed(1, 70).map(i -> 71 - i).toArray();
        assertThat(SupervisionService.spread(seventy).p90()).as("rank 63 of 70, not 64").isEqualTo(63L);
        assertThat(SupervisionService.spread(seventy).median()).isEqualTo(35L);
        assertThat(SupervisionService.spread(new int[] {7}).p90()).isEqualTo(7L);
    }

    /**
     * @param momentary whether to compare the figures of the moment (overdue now, due soon); for a category they take in
     *                  every community, and other tests' petitions could fall due between the request and the recount
     */
    private int compare(String unit, String unitId, String[] period, List<Petition> all, Predicate<Petition> inUnit,
            boolean momentary) {
        LocalDateTime now = LocalDateTime.now(clock);
        Response response = admin.get("/api/supervision/summary?from=" + period[0] + "&to=" + period[1] + "&unit="
                + unit + "&unitId=" + unitId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode summary = response.json();
        LocalDateTime from = LocalDate.parse(period[0]).atStartOfDay();
        LocalDateTime to = LocalDate.parse(period[1]).plusDays(1).atStartOfDay();
        List<Petition> unitPetitions = all.stream().filter(inUnit).toList();
        List<Petition> received = unitPetitions.stream()
                .filter(p -> !p.received().isBefore(from) && p.received().isBefore(to)).toList();
        String what = unit + " " + unitId + " " + period[0] + ".." + period[1];

        Figures figures = Figures.of(received, now);
        assertThat(summary.get("received").asInt()).as(what).isEqualTo(received.size());
        assertThat(summary.get("closed").asInt()).as(what)
                .isEqualTo((int) received.stream().filter(p -> p.status().equals("CLOSED")).count());
        assertRate(summary.get("responseRate"), figures.response(), what + " response");
        assertRate(summary.get("resolutionRate"), figures.resolution(), what + " resolution");
        assertRate(summary.get("satisfactionRate"), figures.satisfaction(), what + " satisfaction");
        assertRate(summary.get("reopenRate"), rate(received.stream().filter(p -> p.reopens() > 0).count(),
                received.size()), what + " reopen");
        assertThat(summary.get("returned").asInt()).as(what)
                .isEqualTo((int) received.stream().filter(p -> p.returnedTo() != null).count());
        assertSpread(summary.get("timeToFirstContact"), received.stream().filter(p -> p.contacted() != null)
                .map(p -> Duration.between(p.received(), p.contacted()).toMinutes()).toList(), what + " contact");
        assertSpread(summary.get("timeToResolution"), received.stream().filter(p -> p.handled() != null)
                .map(p -> Duration.between(p.received(), p.handled()).toMinutes()).toList(), what + " resolution");

        // by day, or by ISO week from its Monday when the period is longer than 31 days
        boolean weekly = java.time.temporal.ChronoUnit.DAYS.between(from, to) > 31;
        Map<LocalDate, List<Petition>> byDay = new TreeMap<>();
        received.forEach(p -> byDay.computeIfAbsent(weekly ? p.received().toLocalDate()
                .with(java.time.DayOfWeek.MONDAY) : p.received().toLocalDate(), d -> new ArrayList<>()).add(p));
        assertThat(summary.get("trendBy").asText()).isEqualTo(weekly ? "WEEK" : "DAY");
        JsonNode trend = summary.get("trend");
        assertThat(trend.size()).as(what + " trend days").isEqualTo(byDay.size());
        int index = 0;
        for (var day : byDay.entrySet()) {
            JsonNode point = trend.get(index++);
            Figures daily = Figures.of(day.getValue(), now);
            assertThat(point.get("day").asText()).isEqualTo(day.getKey().toString());
            assertThat(point.get("received").asInt()).as(what + " " + day.getKey()).isEqualTo(day.getValue().size());
            assertRate(point.get("responseRate"), daily.response(), what + " " + day.getKey() + " response");
            assertRate(point.get("satisfactionRate"), daily.satisfaction(), what + " " + day.getKey() + " satisfaction");
        }

        if (momentary) {
            List<Petition> open = unitPetitions.stream()
                    .filter(p -> !p.status().equals("CLOSED") && !p.status().equals("RETURNED")).toList();
            assertThat(summary.get("overdueNow").asInt()).as(what + " overdue")
                    .isEqualTo((int) open.stream().filter(p -> (p.contacted() == null && p.contactDue() != null
                            && p.contactDue().isBefore(now)) || (p.handled() == null && p.resolutionDue().isBefore(now)))
                            .count());
            assertThat(summary.get("dueSoon").asInt()).as(what + " due soon").isEqualTo((int) open.stream()
                    .filter(p -> p.handled() == null && !p.resolutionDue().isBefore(now)
                            && p.resolutionDue().isBefore(now.plusHours(24))).count());
        }
        return received.size();
    }

    record Petition(String community, String category, String status, String returnedTo, LocalDateTime received,
            LocalDateTime contactDue, LocalDateTime contacted, LocalDateTime resolutionDue, LocalDateTime handled,
            Boolean resolved, Integer satisfaction, int reopens) {}

    record Figures(Double response, Double resolution, Double satisfaction) {
        static Figures of(List<Petition> received, LocalDateTime now) {
            long measured = received.stream().filter(p -> p.returnedTo() == null && p.contactDue() != null
                    && (p.contacted() != null || p.contactDue().isBefore(now))).count();
            long onTime = received.stream().filter(p -> p.contacted() != null && !p.contacted().isAfter(p.contactDue()))
                    .count();
            List<Petition> calledBack = received.stream().filter(p -> p.satisfaction() != null).toList();
            return new Figures(rate(onTime, measured),
                    rate(calledBack.stream().filter(p -> Boolean.TRUE.equals(p.resolved())).count(), calledBack.size()),
                    rate(calledBack.stream().filter(p -> p.satisfaction() >= SATISFIED_AT_LEAST).count(),
                            calledBack.size()));
        }
    }

    private static void assertRate(JsonNode actual, Double expected, String what) {
        if (expected == null) {
            assertThat(actual.get("value").isNull()).as(what + " has nothing to measure").isTrue();
        } else {
            assertThat(actual.get("value").asDouble()).as(what).isCloseTo(expected, within(1e-9));
        }
    }

    private static void assertSpread(JsonNode spread, List<Long> minutes, String what) {
        assertThat(spread.get("measured").asInt()).as(what + " measured").isEqualTo(minutes.size());
        if (minutes.isEmpty()) {
            assertThat(spread.get("median").isNull()).as(what).isTrue();
            return;
        }
        List<Long> sorted = minutes.stream().sorted().toList();
        // nearest rank: the smallest value with at least half (nine tenths) of the values at or below it
        assertThat(spread.get("median").asLong()).as(what + " median")
                .isEqualTo(sorted.get((sorted.size() + 1) / 2 - 1));
        assertThat(spread.get("p90").asLong()).as(what + " p90")
                .isEqualTo(sorted.get((int) Math.ceil(sorted.size() * 9 / 10.0) - 1));
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static Timestamp time(LocalDateTime time) {
        return time == null ? null : Timestamp.valueOf(time);
    }

    private static LocalDateTime local(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
