package cn.gongzhi.registry.web;

import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongzhi.registry.AppraisalResult;
import cn.gongzhi.registry.GradeChangeReason;
import cn.gongzhi.registry.WorkerChanges;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.process.StepRefused;
import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Community workers' professional records through {@code /api/workers} (docs/processes/workers.md): who reads whose
 * record, checked against the records; certificate numbers masked in every answer; grade changes and appraisals
 * refused by their rules, writing nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkerRecordsApiTest {

    /** The demo certificates' numbers, stored whole (WorkerQualification), never answered whole. */
    private static final List<String> CERTIFICATE_NUMBERS = List.of("GJ20191101080012", "ZL20211101080347",
            "ZJ20221101080126", "ZJ20201101080558", "ZL20231101080913", "ZL20201101080702");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;

    @Autowired
    WorkerChanges changes;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aWorkerReadsHerOwnRecordWithTheCertificateNumberMasked() {
        Response me = HttpApi.as(port, "zhangwei", "demo").get("/api/workers/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        JsonNode record = me.json();
        assertThat(record.get("post").asText()).isEqualTo("STAFF");
        assertThat(record.get("postLabel").asText()).isEqualTo("工作人员");
        assertThat(record.get("grade").asInt()).isEqualTo(5);
        assertThat(record.get("gradeMin").asInt()).isEqualTo(1);
        assertThat(record.get("gradeMax").asInt()).isEqualTo(12);
        JsonNode history = record.get("gradeHistory");
        assertThat(history.get(0).get("fromGrade").isNull()).isTrue();
        assertThat(history.get(history.size() - 1).get("toGrade").asInt()).as("history ends at the grade").isEqualTo(5);
        JsonNode qualification = record.get("qualifications").get(0);
        assertThat(qualification.get("levelLabel").asText()).isEqualTo("助理社会工作师");
        assertThat(qualification.get("certificateNumber").asText()).isEqualTo("************0347");
        assertThat(qualification.get("valid").asBoolean()).isTrue();
        assertThat(qualification.get("renewalDue").asBoolean()).as("ends within 90 days").isTrue();
        assertThat(record.get("qualification").asText()).isEqualTo("ASSISTANT");
        JsonNode training = record.get("training");
        assertThat(training.get("year").asInt()).isEqualTo(TODAY.getYear());
        assertThat(training.get("hoursRequired").asInt()).isEqualTo(48);
        assertThat(training.get("hoursCredited").asInt()).isEqualTo(28);
        assertThat(training.get("hoursShort").asInt()).isEqualTo(20);
        assertThat(training.get("plannedCourses").size()).isEqualTo(3);
        assertThat(record.get("appraisals").get(0).get("resultLabel").asText()).isEqualTo("优秀");
        assertThat(me.body()).doesNotContain(CERTIFICATE_NUMBERS);
    }

    @Test
    void anExpiredCertificateStaysOnTheRecordButDoesNotCount() {
        JsonNode record = HttpApi.as(port, "machao", "demo").get("/api/workers/me").json();
        assertThat(record.get("qualification").asText()).isEqualTo("NONE");
        JsonNode expired = record.get("qualifications").get(0);
        assertThat(expired.get("level").asText()).isEqualTo("ASSISTANT");
        assertThat(expired.get("valid").asBoolean()).isFalse();
        assertThat(expired.get("renewalDue").asBoolean()).isFalse();
        long machao = record.get("id").asLong();
        JsonNode listed = HttpApi.as(port, "demo", "demo").get("/api/registry/workers/" + machao).json();
        assertThat(listed.get("qualification").asText()).as("the registry reads the records too").isEqualTo("NONE");
        assertThat(listed.get("trainingHours").asInt()).as("absent from the course: nothing credited").isZero();
    }

    @Test
    void aHeadReadsHerCommunitysWorkersAndTheStreetOfficeTheStreets() {
        JsonNode heyuan = HttpApi.as(port, "chenjing", "demo").get("/api/workers").json();
        assertThat(usernames(heyuan)).contains("chenjing", "zhaolei", "zhangwei", "liuyang")
                .doesNotContain("zhoumin", "sunli", "machao");
        heyuan.forEach(w -> assertThat(w.get("communityCode").asText()).isEqualTo("heyuan"));
        JsonNode liushu = HttpApi.as(port, "zhoumin", "demo").get("/api/workers").json();
        assertThat(usernames(liushu)).contains("zhoumin", "sunli", "machao").doesNotContain("chenjing");
        Response street = HttpApi.as(port, "gaojian", "demo").get("/api/workers");
        assertThat(usernames(street.json())).contains("chenjing", "zhaolei", "zhangwei", "liuyang", "zhoumin",
                "sunli", "machao");
        assertThat(street.body()).doesNotContain(CERTIFICATE_NUMBERS);
        assertThat(HttpApi.as(port, "demo", "demo").get("/api/registry/workers").body())
                .doesNotContain(CERTIFICATE_NUMBERS);
    }

    @Test
    void anyoneElseIsRefusedCheckedAgainstTheRecords() {
        assertThat(HttpApi.as(port, "zhangwei", "demo").get("/api/workers").status())
                .as("a staff worker supervises nobody").isEqualTo(403);
        assertThat(HttpApi.as(port, "wangfang", "demo").get("/api/workers/me").status())
                .as("a Party secretary is no worker").isEqualTo(403);
        assertThat(HttpApi.as(port, "wangfang", "demo").get("/api/workers").status()).isEqualTo(403);
        assertThat(HttpApi.as(port, "demo", "demo").get("/api/workers").status())
                .as("the administrator reads the registry, not the records").isEqualTo(403);
        long chenjing = idOf("chenjing");
        long zhangwei = idOf("zhangwei");
        assertThat(HttpApi.as(port, "zhoumin", "demo").get("/api/workers/" + chenjing).status())
                .as("another community's head").isEqualTo(403);
        assertThat(HttpApi.as(port, "liuyang", "demo").get("/api/workers/" + zhangwei).status())
                .as("a colleague").isEqualTo(403);
        assertThat(HttpApi.as(port, "chenjing", "demo").get("/api/workers/" + zhangwei).status()).isEqualTo(200);
        assertThat(HttpApi.as(port, "zhangwei", "demo").get("/api/workers/" + zhangwei).status()).isEqualTo(200);
        assertThat(HttpApi.as(port, "gaojian", "demo").get("/api/workers/" + zhangwei).status()).isEqualTo(200);
        assertThat(HttpApi.as(port, "gaojian", "demo").get("/api/workers/999999").status()).isEqualTo(404);
        assertThat(HttpApi.anonymous(port).get("/api/workers/me").status()).isEqualTo(401);
    }

    @Test
    void theStreetAppraisesOnTheHeadsProposalAndNobodyAppraisesHerself() {
        long zhaolei = idOf("zhaolei");
        long chenjing = idOf("chenjing");
        int year = TODAY.getYear();
        int before = appraisals();
        assertThatThrownBy(() -> changes.appraise(zhaolei, year, AppraisalResult.COMPETENT, null, "chenjing"))
                .as("a head proposes, the street decides").isInstanceOf(StepRefused.class);
        assertThatThrownBy(() -> changes.appraise(zhaolei, year, AppraisalResult.COMPETENT, "zhoumin", "gaojian"))
                .as("another community's head").isInstanceOf(StepRefused.class);
        assertThatThrownBy(() -> changes.appraise(chenjing, year, AppraisalResult.EXCELLENT, "chenjing", "gaojian"))
                .as("nobody proposes herself").isInstanceOf(StepRefused.class);
        assertThatThrownBy(() -> changes.appraise(zhaolei, year + 1, AppraisalResult.COMPETENT, "chenjing",
                "gaojian")).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> changes.appraise(zhaolei, year - 1, AppraisalResult.COMPETENT, "chenjing",
                "gaojian")).as("last year's result stands").isInstanceOf(InvalidFieldException.class);
        assertThat(appraisals()).as("a refusal writes nothing").isEqualTo(before);

        changes.appraise(zhaolei, year, AppraisalResult.BASICALLY_COMPETENT, "chenjing", "gaojian");
        JsonNode results = HttpApi.as(port, "zhaolei", "demo").get("/api/workers/me").json().get("appraisals");
        JsonNode latest = results.get(results.size() - 1);
        assertThat(latest.get("year").asInt()).isEqualTo(year);
        assertThat(latest.get("resultLabel").asText()).isEqualTo("基本合格");
        assertThat(latest.get("proposedBy").asText()).isEqualTo("chenjing");
        assertThat(latest.get("appraisedBy").asText()).isEqualTo("gaojian");
    }

    @Test
    void everyGradeChangeWritesItsHistoryAndAStepForYearsNeedsTheYears() {
        HttpApi admin = HttpApi.as(port, "demo", "demo");
        String code = "w" + UUID.randomUUID().toString().substring(0, 8);
        long community = admin.post("/api/registry/communities", body("code", code, "name", "档案社区", "type",
                "URBAN", "streetId", 1, "households", 10, "adultResidents", 20)).id();
        var request = body("communityId", community, "name", "新社工", "username", "g-" + code, "gender", "FEMALE",
                "post", "STAFF", "grade", 4, "caseloadLimit", 10);
        long worker = admin.post("/api/registry/workers", request).id();
        request.put("grade", 13);
        Response outOfRange = admin.put("/api/registry/workers/" + worker, request);
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.json().get("errors").get(0).get("field").asText()).isEqualTo("grade");
        request.put("grade", 5);
        assertThat(admin.put("/api/registry/workers/" + worker, request).status()).isEqualTo(200);
        request.put("post", "DEPUTY");
        assertThat(admin.put("/api/registry/workers/" + worker, request).status()).isEqualTo(200);

        assertThatThrownBy(() -> changes.changeGrade(worker, null, 6, TODAY.plusYears(2).minusDays(1),
                GradeChangeReason.SERVICE_YEARS, "gaojian")).isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("effectiveOn"));
        assertThatThrownBy(() -> changes.changeGrade(worker, null, 16, TODAY, GradeChangeReason.APPRAISAL,
                "gaojian")).isInstanceOf(InvalidFieldException.class);
        changes.changeGrade(worker, null, 6, TODAY.plusYears(2), GradeChangeReason.SERVICE_YEARS, "gaojian");

        JsonNode history = HttpApi.as(port, "g-" + code, "demo").get("/api/workers/me").json().get("gradeHistory");
        List<String> lines = new ArrayList<>();
        history.forEach(h -> lines.add(h.get("fromGrade").asText() + "→" + h.get("toGrade").asInt() + " "
                + h.get("reason").asText() + " " + h.get("changedBy").asText()));
        assertThat(lines).containsExactly("null→4 POST_CHANGE demo", "4→5 CORRECTION demo", "5→5 POST_CHANGE demo",
                "5→6 SERVICE_YEARS gaojian");
    }

    @Test
    void thePageIsServedToALoginAndSendsAnyoneElseToTheLoginPage() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/workers/")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/login/?next=/workers/");
        Response page = HttpApi.as(port, "zhangwei", "demo").get("/workers/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"zh-CN\"", "我的职业档案", "workers.js");
    }

    private int appraisals() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM worker_appraisal", Integer.class);
    }

    private long idOf(String username) {
        return jdbc.queryForObject("SELECT id FROM community_worker WHERE username = ?", Long.class, username);
    }

    private static List<String> usernames(JsonNode records) {
        List<String> names = new ArrayList<>();
        records.forEach(r -> names.add(r.get("username").asText()));
        return names;
    }
}
