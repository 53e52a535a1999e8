package cn.gongzhi.members.process;

import static cn.gongzhi.petition.web.PetitionApiTestSupport.vars;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.deliberation.MemberContactsNamed;
import cn.gongzhi.escalation.VolunteersRequested;
import cn.gongzhi.members.ServiceFigures;
import cn.gongzhi.petition.PetitionChanged;
import cn.gongzhi.petition.PetitionStatus;
import cn.gongzhi.registry.PartyMemberReporting;
import cn.gongzhi.registry.PartyMemberReporting.DutyRef;
import cn.gongzhi.registry.DutyKind;
import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The procedures' offers as the members module takes them from the events (what each listener method does, called
 * synchronously; a redelivery is a second call): 周志刚 of 柳树村, active and holding the area of
 * liushu-g1, is offered help with a petition dispatched there, once however often the event comes; no one is offered
 * it in a grid without an area, by a holder without a login or after she moved away. Each kind, taken, served and
 * confirmed, counts as her confirmed hours in {@link ServiceFigures} and on her record (/api/members/me).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProcedureOffersTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcedureOffers offers;

    @Autowired
    PartyMemberReporting reporting;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ManagementService managementService;

    @Autowired
    ServiceFigures figures;

    @Autowired
    Clock clock;

    long zhou;
    boolean active;

    @BeforeEach
    void activate() {
        zhou = reporting.reportableBy("zhouzhigang").get(0).memberId();
        reporting.report(zhou, "liushu", "zhouzhigang", "procedure-offers");
        DutyRef area = reporting.vacantDuties("liushu").stream()
                .filter(d -> d.kind() == DutyKind.RESPONSIBILITY_AREA).findFirst().orElseThrow();
        reporting.confirm(zhou, area.kind(), area.id());
        active = true;
    }

    @AfterEach
    void moveAway() {
        if (active) {
            reporting.moveAway(zhou, "测试结束");
        }
    }

    private static PetitionChanged dispatched(String number, String grid, PetitionStatus status, int revision) {
        LocalDateTime now = LocalDateTime.now();
        return new PetitionChanged(Math.abs(number.hashCode()), revision, number,
                new PetitionChanged.Place("liushu", grid, "sunli", "PROPERTY_MANAGEMENT", null),
                new PetitionChanged.Times(now, now.plusHours(2), null, now.plusHours(24), null, null),
                new PetitionChanged.Outcome(status, 0, null, null));
    }

    private static String number() {
        return "T" + UUID.randomUUID().toString().substring(0, 8);
    }

    private int offered(String kind, String ref) {
        return jdbc.queryForObject("select count(*) from service_item where source_kind = ? and source_ref = ?",
                Integer.class, kind, ref);
    }

    @Test
    void aPetitionDispatchedInHerAreaOffersHerHelpOnceHoweverOftenTheEventComes() {
        String number = number();
        offers.offerHelp(dispatched(number, "liushu-g1", PetitionStatus.RECEIVED, 1));
        assertThat(offered("PETITION", number)).as("not dispatched yet").isZero();
        offers.offerHelp(dispatched(number, "liushu-g1", PetitionStatus.ASSIGNED, 2));
        offers.offerHelp(dispatched(number, "liushu-g1", PetitionStatus.ASSIGNED, 2));
        offers.offerHelp(dispatched(number, "liushu-g1", PetitionStatus.IN_PROGRESS, 3));
        assertThat(offered("PETITION", number)).as("one offer per petition and member").isEqualTo(1);
        Map<String, Object> item = jdbc.queryForMap("select * from service_item where source_ref = ?", number);
        assertThat(item.get("KIND")).isEqualTo("PETITION_HELP");
        assertThat(item.get("OFFERED_MEMBER_ID")).isEqualTo(zhou);
        assertThat(item.get("PLACES")).isEqualTo(1);
        // the claim deadline and the window from gongzhi.member-help.* (defaults: 48 hours, 14 days)
        LocalDateTime published = ((java.sql.Timestamp) item.get("PUBLISHED_AT")).toLocalDateTime();
        assertThat(((java.sql.Timestamp) item.get("CLAIM_DEADLINE")).toLocalDateTime())
                .isEqualTo(published.plusHours(48));
        assertThat(((java.sql.Timestamp) item.get("ENDS_AT")).toLocalDateTime()).isEqualTo(published.plusDays(14));

        HttpApi member = HttpApi.as(port, "zhouzhigang", "demo");
        String instance = (String) item.get("PROCESS_INSTANCE_ID");
        JsonNode claim = member.onlyTask(instance);
        assertThat(claim.get("name").asText()).isEqualTo("认领社区服务");
        Response form = member.get("/engine-rest/task/" + claim.get("id").asText() + "/form-variables");
        assertThat(form.body()).contains(number, "协助办理诉求", "柳树村东片网格", "东片一组、二组院落");
        assertThat(HttpApi.as(port, "liming", "demo").get("/engine-rest/task?processInstanceId=" + instance).json()
                .size()).as("her task, not the branch's nor the worker's").isZero();
    }

    @Test
    void onlyAPetitionWithItsWorkerInAGridReachesTheListenerSoNoOtherChangeStoresAPublication() {
        String number = number();
        assertThat(offers.concerns(dispatched(number, "liushu-g1", PetitionStatus.ASSIGNED, 1))).isTrue();
        assertThat(offers.concerns(dispatched(number, "liushu-g1", PetitionStatus.IN_PROGRESS, 2))).isTrue();
        for (PetitionStatus other : PetitionStatus.values()) {
            if (other != PetitionStatus.ASSIGNED && other != PetitionStatus.IN_PROGRESS) {
                assertThat(offers.concerns(dispatched(number, "liushu-g1", other, 3))).as(other.name()).isFalse();
            }
        }
        assertThat(offers.concerns(dispatched(number, null, PetitionStatus.ASSIGNED, 1))).as("no grid").isFalse();
        PetitionChanged unnumbered = dispatched(number, "liushu-g1", PetitionStatus.ASSIGNED, 1);
        assertThat(offers.concerns(new PetitionChanged(unnumbered.id(), 1, null, unnumbered.place(),
                unnumbered.times(), unnumbered.outcome()))).as("no number yet").isFalse();
    }

    @Test
    void noOneIsOfferedHelpWithoutAnAreaAHolderWithALoginOrAfterSheMovedAway() {
        String elsewhere = number();
        offers.offerHelp(dispatched(elsewhere, "heyuan-g1", PetitionStatus.ASSIGNED, 1));
        assertThat(offered("PETITION", elsewhere)).as("a grid of another community").isZero();
        String noGrid = number();
        offers.offerHelp(dispatched(noGrid, null, PetitionStatus.ASSIGNED, 1));
        assertThat(offered("PETITION", noGrid)).as("no grid, no area").isZero();

        reporting.moveAway(zhou, "迁出");
        active = false;
        String afterMove = number();
        offers.offerHelp(dispatched(afterMove, "liushu-g1", PetitionStatus.ASSIGNED, 1));
        assertThat(offered("PETITION", afterMove)).as("her area is vacant once she moved away").isZero();

        // a member reported by her unit's contact, active and holding the area, but without a login
        long communityId = jdbc.queryForObject("select id from community where code = 'liushu'", Long.class);
        jdbc.update("insert into party_member (name, gender, registered_community_id, in_service, registered_on,"
                + " volunteer_hours, reporting_status, reported_on) values ('无账号党员', 'FEMALE', ?, true, ?, 0,"
                + " 'ACTIVE', ?)", communityId, LocalDate.of(2020, 1, 1), LocalDate.now(clock));
        long withoutLogin = jdbc.queryForObject("select max(id) from party_member", Long.class);
        long areaId = jdbc.queryForObject("select a.id from responsibility_area a join grid g on a.grid_id = g.id"
                + " where g.code = 'liushu-g1'", Long.class);
        jdbc.update("update responsibility_area set holder_member_id = ? where id = ?", withoutLogin, areaId);
        try {
            String noLogin = number();
            offers.offerHelp(dispatched(noLogin, "liushu-g1", PetitionStatus.ASSIGNED, 1));
            assertThat(offered("PETITION", noLogin)).as("she could not take it").isZero();
        } finally {
            jdbc.update("update responsibility_area set holder_member_id = null where id = ?", areaId);
            jdbc.update("delete from party_member where id = ?", withoutLogin);
        }
    }

    @Test
    void eachProceduresServiceCountsAsHerConfirmedHours() {
        String number = number();
        offers.offerHelp(dispatched(number, "liushu-g1", PetitionStatus.ASSIGNED, 1));
        long consultation = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        offers.offerContacts(new MemberContactsNamed(consultation, "liushu", List.of(zhou)));
        offers.offerContacts(new MemberContactsNamed(consultation, "liushu", List.of(zhou)));
        assertThat(offered("CONSULTATION", String.valueOf(consultation))).isEqualTo(1);
        long escalation = consultation + 1;
        offers.offerFollowUp(new VolunteersRequested(escalation, "liushu", 2, "协助回访东片住户"));
        offers.offerFollowUp(new VolunteersRequested(escalation, "liushu", 2, "协助回访东片住户"));
        assertThat(offered("JOINT_MEETING", String.valueOf(escalation))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select places from service_item where source_kind = 'JOINT_MEETING'"
                + " and source_ref = ?", Integer.class, String.valueOf(escalation))).isEqualTo(2);

        HttpApi member = HttpApi.as(port, "zhouzhigang", "demo");
        HttpApi branch = HttpApi.as(port, "liming", "demo");
        LocalDate today = LocalDate.now(clock);
        BigDecimal before = figures.memberHours(zhou, today, today.plusDays(30));
        int helpsBefore = figures.petitionHelps("liushu", today, today);
        serve(member, branch, instanceOf("PETITION", number), "2");
        serve(member, branch, instanceOf("CONSULTATION", String.valueOf(consultation)), "1.5");
        String followUp = instanceOf("JOINT_MEETING", String.valueOf(escalation));
        member.submitOnlyTask(followUp, vars());
        // one of two places taken: at the claim deadline the offer goes ahead with her, no one decides it
        managementService.executeJob(managementService.createJobQuery().processInstanceId(followUp)
                .activityId(CommunityServiceProcess.CLAIM_DEADLINE).singleResult().getId());
        served(member, branch, followUp, "1");

        assertThat(figures.memberHours(zhou, today, today.plusDays(30)).subtract(before))
                .isEqualByComparingTo("4.5");
        assertThat(figures.petitionHelps("liushu", today, today) - helpsBefore).isEqualTo(1);
        JsonNode record = member.get("/api/members/me").json();
        assertThat(record.get("service").findValuesAsText("kindLabel")).contains("协助办理诉求", "协商联络", "跟进志愿");
        BigDecimal confirmed = BigDecimal.ZERO;
        for (JsonNode line : record.get("service")) {
            if (line.get("status").asText().equals("CONFIRMED")) {
                confirmed = confirmed.add(line.get("hours").decimalValue());
            }
        }
        assertThat(record.at("/hours/total").decimalValue()).isEqualByComparingTo(confirmed)
                .isGreaterThanOrEqualTo(new BigDecimal("4.5"));
    }

    private String instanceOf(String source, String ref) {
        return jdbc.queryForObject("select process_instance_id from service_item where source_kind = ?"
                + " and source_ref = ?", String.class, source, ref);
    }

    /** She takes it, the reminder runs (the service has begun), she records, the branch confirms. */
    private void serve(HttpApi member, HttpApi branch, String instance, String hours) {
        member.submitOnlyTask(instance, vars());
        served(member, branch, instance, hours);
    }

    /** The reminder runs (the service has begun), she records, the branch confirms. */
    private void served(HttpApi member, HttpApi branch, String instance, String hours) {
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance)
                .activityId(CommunityServiceProcess.REMINDER_DUE).singleResult().getId());
        member.submitOnlyTask(instance, vars("hours", hours, "workDone", "入户了解情况并反馈"));
        branch.submitOnlyTask(instance, vars("serviceConfirmed", "CONFIRM"));
    }
}
