package cn.gongzhi.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongzhi.members.domain.AnnualFeedbacks;
import cn.gongzhi.shared.InvalidFieldException;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The annual report equals the records: random-ish service of several members of one unit, in two communities, of
 * every kind and status, around the year's edges (31 December 23:59 and 1 January 00:00, China time), is collected
 * into the report, and every figure of every line is compared with a count done here from the rows themselves, with
 * the rules of docs/processes/party-members.md ("Annual feedback") applied in plain Java. A recount after a record
 * changed gives the new figures; a unit without a member reported or serving that year gets no report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnnualFeedbackRecountTest {

    private static final int YEAR = 2026;
    private static final String[] COMMUNITIES = {"heyuan", "liushu"};
    private static final String[] KINDS = {"VOLUNTEER_ACTIVITY", "MICRO_WISH", "AREA_TASK"};
    private static final String[] CLAIMS = {"CLAIMED", "SERVED", "CONFIRMED", "RETURNED", "NO_SHOW"};
    private static final String[] REPORTING = {null, "REPORTED", "ACTIVE", "MOVED_AWAY"};
    private static final LocalDateTime[] EDGES = {LocalDateTime.of(YEAR - 1, 12, 31, 23, 59),
            LocalDateTime.of(YEAR, 1, 1, 0, 0), LocalDateTime.of(YEAR, 12, 31, 23, 59),
            LocalDateTime.of(YEAR + 1, 1, 1, 0, 0)};

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AnnualFeedbacks feedbacks;

    record Member(long id, String status, LocalDate reportedOn, String community) {}

    record Claim(long memberId, String community, String kind, String status, BigDecimal hours,
            LocalDateTime endsAt, boolean sentBack, Boolean wishMet) {}

    record Expected(BigDecimal hours, int volunteer, int micro, int area, int confirmed, int awaiting, int noShows,
            int returned, int wishesMet, int wishes) {}

    @Test
    void everyFigureOfTheReportEqualsACountOfTheRows() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        long org = org("复核单位" + s, "recount-" + s);
        try {
            countAndCompare(s, org);
        } finally {
            cleanUp(org, s);
        }
    }

    private void countAndCompare(String s, long org) {
        Random random = new Random(s.hashCode());
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String status = REPORTING[random.nextInt(REPORTING.length)];
            LocalDate on = status == null ? null : LocalDate.of(YEAR - 1 + random.nextInt(3), 1 + random.nextInt(12),
                    1 + random.nextInt(28));
            String community = COMMUNITIES[random.nextInt(2)];
            members.add(new Member(member(org, "复核党员" + i, community, status, on), status, on, community));
        }
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            Member m = members.get(random.nextInt(members.size()));
            LocalDateTime ends = random.nextInt(3) == 0 ? EDGES[random.nextInt(EDGES.length)]
                    : LocalDateTime.of(YEAR - 1, 11, 1, 9, 0).plusHours(random.nextInt(24 * 450));
            String kind = KINDS[random.nextInt(KINDS.length)];
            String status = CLAIMS[random.nextInt(CLAIMS.length)];
            Boolean met = kind.equals("MICRO_WISH") && random.nextBoolean() ? random.nextBoolean() : null;
            Claim c = new Claim(m.id(), COMMUNITIES[random.nextInt(2)], kind, status,
                    BigDecimal.valueOf(1 + random.nextInt(16), 1).multiply(BigDecimal.valueOf(5)),
                    ends, status.equals("RETURNED") || random.nextInt(5) == 0 && !status.equals("CLAIMED"), met);
            claims.add(c);
            claim(c, s + i);
        }

        long report = feedbacks.open(org, YEAR, "recount");
        feedbacks.collect(report);
        assertThat(stored(report)).isEqualTo(expected(members, claims));

        // a record changes after the count: sending is refused until a recount brings the new figures
        Claim late = new Claim(members.get(0).id(), "heyuan", "VOLUNTEER_ACTIVITY", "CONFIRMED",
                new BigDecimal("2.5"), LocalDateTime.of(YEAR, 12, 31, 23, 59), false, null);
        claims.add(late);
        claim(late, s + "late");
        assertThatThrownBy(() -> feedbacks.send(report, "heyuan", null, Map.of(), "wangfang"))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("重新统计");
        feedbacks.recount(report, "heyuan");
        assertThat(stored(report)).isEqualTo(expected(members, claims));
        feedbacks.send(report, "heyuan", "服务积极", Map.of(), "wangfang");

        assertThatThrownBy(() -> feedbacks.open(org, YEAR, "recount")).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("不能重复发起");
    }

    @Test
    void aUnitWithoutAMemberReportedThatYearGetsNoReport() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        long org = org("未报到单位" + s, "none-" + s);
        try {
            member(org, "未报到党员", "heyuan", null, null);
            member(org, "明年报到党员", "heyuan", "ACTIVE", LocalDate.of(YEAR + 1, 1, 1));
            assertThatThrownBy(() -> feedbacks.open(org, YEAR, "recount")).isInstanceOf(InvalidFieldException.class)
                    .hasMessageContaining("无须反馈");
            assertThat(jdbc.queryForObject("select count(*) from annual_feedback_report where org_id = ?", Long.class,
                    org)).isZero();
        } finally {
            cleanUp(org, s);
        }
    }

    /**
     * The generated rows leave again (the report stays, with nothing pointing at it): the other tests of this context
     * read 和园社区's members, items and micro-wishes and must not find these.
     */
    private void cleanUp(long org, String s) {
        jdbc.update("delete from service_claim where item_id in (select id from service_item where process_instance_id"
                + " like ?)", "recount-" + s + "%");
        jdbc.update("delete from service_item where process_instance_id like ?", "recount-" + s + "%");
        jdbc.update("delete from party_member where work_unit_org_id = ?", org);
        jdbc.update("delete from work_unit_party_org where id = ?", org);
    }

    /** The rules, applied to the generated rows: per member and community. */
    private static Map<String, Expected> expected(List<Member> members, List<Claim> claims) {
        Map<String, Expected> out = new TreeMap<>();
        LocalDateTime from = LocalDateTime.of(YEAR, 1, 1, 0, 0);
        LocalDateTime to = LocalDateTime.of(YEAR + 1, 1, 1, 0, 0);
        for (Member m : members) {
            Map<String, List<Claim>> byCommunity = new TreeMap<>();
            for (Claim c : claims) {
                if (c.memberId() == m.id() && !c.endsAt().isBefore(from) && c.endsAt().isBefore(to)) {
                    byCommunity.computeIfAbsent(c.community(), k -> new ArrayList<>()).add(c);
                }
            }
            if (("REPORTED".equals(m.status()) || "ACTIVE".equals(m.status())) && m.reportedOn().getYear() <= YEAR) {
                byCommunity.putIfAbsent(m.community(), List.of());
            }
            byCommunity.forEach((community, served) -> {
                List<Claim> confirmed = served.stream().filter(c -> c.status().equals("CONFIRMED")).toList();
                out.put(m.id() + "@" + community, new Expected(
                        confirmed.stream().map(Claim::hours).reduce(BigDecimal.ZERO, BigDecimal::add)
                                .stripTrailingZeros(),
                        (int) confirmed.stream().filter(c -> c.kind().equals("VOLUNTEER_ACTIVITY")).count(),
                        (int) confirmed.stream().filter(c -> c.kind().equals("MICRO_WISH")).count(),
                        (int) confirmed.stream().filter(c -> c.kind().equals("AREA_TASK")).count(),
                        confirmed.size(),
                        (int) served.stream().filter(c -> c.status().equals("SERVED")).count(),
                        (int) served.stream().filter(c -> c.status().equals("NO_SHOW")).count(),
                        (int) served.stream().filter(Claim::sentBack).count(),
                        (int) confirmed.stream().filter(c -> Boolean.TRUE.equals(c.wishMet())).count(),
                        (int) confirmed.stream().filter(c -> c.wishMet() != null).count()));
            });
        }
        return out;
    }

    private Map<String, Expected> stored(long report) {
        Map<String, Expected> out = new TreeMap<>();
        jdbc.query("""
                select l.member_id, p.community_code, l.confirmed_hours, l.volunteer_activities, l.micro_wishes,
                  l.area_tasks, l.confirmations, l.awaiting, l.no_shows, l.returned, l.wishes_met,
                  (select count(*) from annual_feedback_wish w where w.line_id = l.id) as wishes
                from annual_feedback_line l join annual_feedback_part p on p.id = l.part_id
                where p.report_id = ?""", rs -> {
            out.put(rs.getLong(1) + "@" + rs.getString(2), new Expected(rs.getBigDecimal(3).stripTrailingZeros(),
                    rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                    rs.getInt(11), rs.getInt(12)));
        }, report);
        return out;
    }

    private long org(String name, String contact) {
        jdbc.update("insert into work_unit_party_org (name, work_unit, contact_name, contact_username)"
                + " values (?, ?, ?, ?)", name, name, "联系人", contact);
        return jdbc.queryForObject("select id from work_unit_party_org where name = ?", Long.class, name);
    }

    private long member(long org, String name, String community, String status, LocalDate on) {
        long communityId = jdbc.queryForObject("select id from community where code = ?", Long.class, community);
        String key = UUID.randomUUID().toString();
        jdbc.update("insert into party_member (name, username, gender, registered_community_id, in_service, work_unit,"
                + " registered_on, volunteer_hours, work_unit_org_id, reporting_status, reported_on)"
                + " values (?, ?, 'FEMALE', ?, true, '复核单位', ?, 0, ?, ?, ?)", name, key, communityId,
                Date.valueOf(LocalDate.of(YEAR - 2, 1, 1)), org, status, on == null ? null : Date.valueOf(on));
        return jdbc.queryForObject("select id from party_member where username = ?", Long.class, key);
    }

    private void claim(Claim c, String key) {
        LocalDateTime start = c.endsAt().minusHours(2);
        String itemStatus = c.kind().equals("MICRO_WISH") && c.wishMet() != null ? (c.wishMet() ? "MET" : "NOT_MET")
                : "DONE";
        jdbc.update("insert into service_item (kind, community_code, title, description, places, starts_at, ends_at,"
                + " claim_deadline, status, published_by, published_at, resident_met, resident_note,"
                + " process_instance_id) values (?, ?, ?, '复核', 1, ?, ?, ?, ?, 'recount', ?, ?, ?, ?)",
                c.kind(), c.community(), "复核" + key, Timestamp.valueOf(start), Timestamp.valueOf(c.endsAt()),
                Timestamp.valueOf(start.minusDays(1)), itemStatus, Timestamp.valueOf(start.minusDays(2)),
                c.wishMet(), c.wishMet() == null ? null : "居民说" + key, "recount-" + key);
        long item = jdbc.queryForObject("select id from service_item where process_instance_id = ?", Long.class,
                "recount-" + key);
        jdbc.update("insert into service_claim (item_id, member_id, member_login, claimed_at, status, hours,"
                + " sent_back_at) values (?, ?, 'recount', ?, ?, ?, ?)", item, c.memberId(),
                Timestamp.valueOf(start.minusDays(1)), c.status(),
                c.status().equals("CLAIMED") || c.status().equals("NO_SHOW") ? null : c.hours(),
                c.sentBack() ? Timestamp.valueOf(start) : null);
    }
}
