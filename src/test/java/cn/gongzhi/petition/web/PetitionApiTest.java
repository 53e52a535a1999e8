package cn.gongzhi.petition.web;

import static cn.gongzhi.petition.web.PetitionApiTestSupport.vars;
import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import cn.gongzhi.support.TestDataJanitor;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The staff API and the whole petition run on the real engine, registry and forms, through REST as staff would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PetitionApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtimeService;

    HttpApi operator;

    TestDataJanitor janitor;

    /**
     * Who a petition goes to depends on the workers' open caseloads, which petitions filed by other test classes raise:
     * each test here starts from empty caseloads and leaves them as it found them.
     */
    @BeforeEach
    void logIn() {
        janitor = TestDataJanitor.before(jdbc, runtimeService);
        jdbc.update("update community_worker set open_caseload = 0");
        operator = HttpApi.as(port, "qianhong", "demo");
    }

    @AfterEach
    void restoreTheData() {
        janitor.restore();
    }

    @Test
    void hotlineCallIsFiledDispatchedAndAssignedWithMaskedPersonalData() {
        Response filed = operator.post("/api/petitions", petition("PROPERTY_MANAGEMENT", "heyuan", "heyuan-g1",
                "petitionerName", "张三丰", "petitionerPhone", "13912345678", "petitionerIdNumber", "11010519491231002X"));

        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        JsonNode receipt = filed.json();
        String number = receipt.get("number").asText();
        assertThat(number).matches("P-\\d{4}-\\d{6}");
        assertThat(receipt.get("statusLabel").asText()).isEqualTo("已派单");
        LocalDateTime received = LocalDateTime.parse(receipt.get("receivedAt").asText());
        assertThat(LocalDateTime.parse(receipt.get("resolutionDue").asText())).isEqualTo(received.plusDays(7));
        assertThat(LocalDateTime.parse(receipt.get("firstContactDue").asText())).isEqualTo(received.plusHours(24));
        assertThat(filed.body()).doesNotContain("13912345678");

        JsonNode petition = operator.get("/api/petitions/" + number).json();
        assertThat(petition.get("petitionerPhone").asText()).isEqualTo("139****5678");
        assertThat(petition.get("petitionerIdNumber").asText()).isEqualTo("110105********002X");
        assertThat(petition.get("petitionerName").asText()).isEqualTo("张**");
        assertThat(petition.get("assignedWorker").asText()).isEqualTo("zhangwei");
        assertThat(petition.get("firstReceivingUnit").asText()).isEqualTo("qianhong");
        assertThat(types(petition)).containsExactly("RECEIVED", "DISPATCHED", "ACCESS_CHECKED", "ASSIGNED");
        assertThat(operator.get("/api/petitions/" + number).body()).doesNotContain("13912345678", "11010519491231002X");
    }

    @Test
    void disputesGoToAWorkerWithAtLeastTheIntermediateQualification() {
        JsonNode petition = file(petition("NEIGHBOUR_DISPUTE", "heyuan", "heyuan-g1"));
        String worker = petition.get("assignedWorker").asText();
        assertThat(worker).isIn("liuyang", "chenjing");
        // the grid worker is not qualified: a community worker stands in, and the resident is told who
        String number = petition.get("number").asText();
        submit(HttpApi.as(port, worker, "demo"), number, vars("contactNote", "已电话联系"));
        assertThat(publicSteps(HttpApi.anonymous(port).get("/public/petitions/" + number).json()))
                .contains("已派给和园社区 和园第一网格的社区工作者", "社区工作者已联系您")
                .doesNotContain("已派给和园社区 和园第一网格的网格员", "网格员已联系您");
    }

    @Test
    void aCertificateThatExpiredYesterdayDoesNotQualifyAWorkerAndOneValidTodayDoes() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String qualified = "worker_id IN (SELECT id FROM community_worker WHERE username IN ('liuyang', 'chenjing'))";
        List<Map<String, Object>> before = jdbc.queryForList("SELECT id, valid_until FROM worker_qualification WHERE "
                + qualified);
        assertThat(before).as("the demo's intermediate and senior certificates").hasSize(2);
        try {
            jdbc.update("UPDATE worker_qualification SET valid_until = ? WHERE " + qualified, today.minusDays(1));
            JsonNode expired = file(petition("NEIGHBOUR_DISPUTE", "heyuan", "heyuan-g1"));
            assertThat(expired.path("assignedWorker").textValue()).as("nobody qualified: the community's group")
                    .isNull();

            jdbc.update("UPDATE worker_qualification SET valid_until = ? WHERE " + qualified, today);
            JsonNode validToday = file(petition("NEIGHBOUR_DISPUTE", "heyuan", "heyuan-g1"));
            assertThat(validToday.path("assignedWorker").textValue()).isIn("liuyang", "chenjing");
        } finally {
            before.forEach(q -> jdbc.update("UPDATE worker_qualification SET valid_until = ? WHERE id = ?",
                    q.get("VALID_UNTIL"), q.get("ID")));
        }
    }

    @Test
    void matterOnTheNegativeListReturnsToItsDepartment() {
        JsonNode petition = file(petition("ILLEGAL_CONSTRUCTION", "heyuan", null));
        assertThat(petition.get("status").asText()).isEqualTo("RETURNED");
        assertThat(petition.get("returnDepartment").asText()).isEqualTo("enforcement");
        assertThat(note(petition, "RETURNED")).contains("负面清单");
        assertThat(petition.get("assignedWorker").isNull()).isTrue();

        HttpApi liaison = HttpApi.as(port, "enforcement-liaison", "demo");
        String task = onlyTask(liaison, petition.get("number").asText());
        assertThat(liaison.post("/engine-rest/task/" + task + "/submit-form",
                vars("departmentResponse", "已立案，责令限期拆除")).status()).isEqualTo(204);
        assertThat(status(petition)).isEqualTo("CALLBACK");

        JsonNode lookup = HttpApi.anonymous(port).get("/public/petitions/" + petition.get("number").asText()).json();
        String due = LocalDateTime.parse(petition.get("resolutionDue").asText()).toString().replace('T', ' ')
                .substring(0, 16);
        assertThat(publicSteps(lookup)).as("which department, by when, and what happens next")
                .contains("此事不属社区承办事项，已转交区城市管理综合执法局办理，须在 " + due + " 前答复；"
                        + "区城市管理综合执法局答复后，社区会回访您。")
                .contains("区城市管理综合执法局已答复：已立案，责令限期拆除");
        assertThat(publicSteps(lookup)).noneMatch(step -> step.contains("负面清单") || step.contains("liaison"));
    }

    @Test
    void assistanceItemWithoutApprovalReturnsToItsDepartment() {
        JsonNode petition = file(petition("SOCIAL_ASSISTANCE", "liushu", null));
        assertThat(petition.get("returnDepartment").asText()).isEqualTo("civil-affairs");
        assertThat(note(petition, "RETURNED")).contains("批准文号");
    }

    @Test
    void departmentDutyNotOnTheAccessListReturnsToTheDepartment() {
        JsonNode petition = file(petition("NOISE", "heyuan", null));
        assertThat(petition.get("returnDepartment").asText()).isEqualTo("enforcement");
        assertThat(note(petition, "RETURNED")).contains("不在本社区准入清单内");
    }

    @Test
    void approvedAssistanceItemStaysWithTheVillage() {
        JsonNode petition = file(petition("WATER_SUPPLY", "liushu", "liushu-g1"));
        assertThat(petition.get("status").asText()).isEqualTo("ASSIGNED");
        assertThat(petition.get("assignedWorker").asText()).isEqualTo("sunli");
        assertThat(Duration.between(LocalDateTime.parse(petition.get("receivedAt").asText()),
                LocalDateTime.parse(petition.get("resolutionDue").asText()))).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void workersCompleteThePetitionThroughTheFormsAndTheResidentSeesItClosed() {
        String number = file(petition("PROPERTY_MANAGEMENT", "heyuan", "heyuan-g1")).get("number").asText();
        HttpApi zhangwei = HttpApi.as(port, "zhangwei", "demo");
        HttpApi chenjing = HttpApi.as(port, "chenjing", "demo");

        submit(zhangwei, number, vars("contactNote", "已电话联系，约定周三上门"));
        submit(zhangwei, number, vars("handlingOutcome", "RESOLVED", "measures", "督促物业更换电梯控制柜，物业经理电话 13912345678，"
                + "已于周三完成更换并试运行，运行正常；后续由物业每月检查一次，如再出现故障请联系社区，社区将再次督促物业尽快维修并告知居民"));

        String callback = onlyTask(chenjing, number);
        Response byHandler = zhangwei.post("/engine-rest/task/" + callback + "/submit-form",
                vars("resolved", true, "satisfaction", 5));
        assertThat(byHandler.status()).isEqualTo(403);
        assertThat(byHandler.body()).contains("联系和办理以外");
        Response outOfRange = chenjing.post("/engine-rest/task/" + callback + "/submit-form",
                vars("resolved", true, "satisfaction", 7));
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.body()).contains("满意度");
        Response missing = chenjing.post("/engine-rest/task/" + callback + "/submit-form", vars("satisfaction", 4));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(onlyTask(chenjing, number)).isEqualTo(callback);

        assertThat(chenjing.post("/engine-rest/task/" + callback + "/submit-form",
                vars("resolved", true, "satisfaction", 5, "callbackComment", "电梯已恢复")).status()).isEqualTo(204);
        // completing it again: a conflict with what is done, saying who did it
        Response twice = chenjing.post("/engine-rest/task/" + callback + "/submit-form",
                vars("resolved", true, "satisfaction", 5));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("message").asText()).contains("已由 chenjing 完成");

        JsonNode closed = operator.get("/api/petitions/" + number).json();
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("satisfaction").asInt()).isEqualTo(5);
        assertThat(types(closed)).contains("CONTACTED", "HANDLED", "CALLED_BACK", "CLOSED");
        assertThat(actor(closed, "CONTACTED")).isEqualTo("zhangwei");
        assertThat(actor(closed, "CALLED_BACK")).isEqualTo("chenjing");
        JsonNode status = HttpApi.anonymous(port).get("/public/petitions/" + number).json();
        assertThat(status.get("status").asText()).isEqualTo("CLOSED");
        assertThat(status.get("statusLabel").asText()).isEqualTo("已办结");

        List<String> steps = publicSteps(status);
        assertThat(steps.get(0)).isEqualTo("已受理，编号 " + number);
        assertThat(steps.get(1)).startsWith("已分类为“").contains("前办结");
        assertThat(steps.subList(2, steps.size())).containsExactly("已派给和园社区 和园第一网格的网格员", "网格员已联系您",
                steps.get(4), "已回访，您评价 非常满意（已解决）", "已办结");
        assertThat(steps).as("one line per step").doesNotHaveDuplicates();
        assertThat(steps.get(4)).as("the measures, masked and shortened")
                .startsWith("已办理：督促物业更换电梯控制柜，物业经理电话 139****5678，").endsWith("…")
                .hasSizeLessThanOrEqualTo("已办理：".length() + 81);
        assertThat(status.toString()).doesNotContain("13912345678", "zhangwei", "chenjing", "张伟", "陈静", "电梯已恢复");
    }

    @Test
    void retryWithTheSameIdempotencyKeyFilesOnce() {
        HttpApi withKey = operator.withHeader("Idempotency-Key", "call-" + UUID.randomUUID());
        int before = petitions();
        Response first = withKey.post("/api/petitions", petition("PROPERTY_MANAGEMENT", "heyuan", null));
        Response retry = withKey.post("/api/petitions", petition("PROPERTY_MANAGEMENT", "heyuan", null));
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("number")).isEqualTo(first.json().get("number"));
        assertThat(retry.json().get("replayed").asBoolean()).isTrue();
        assertThat(petitions()).isEqualTo(before + 1);
    }

    @Test
    void badInputGetsAClearErrorAndLeavesNothingBehind() {
        int petitions = petitions();
        long instances = runtimeService.createProcessInstanceQuery().count();

        assertField(petition(null, "heyuan", null), "category");
        assertField(petition("UNICORNS", "heyuan", null), "category");
        assertField(petition("NOISE", "atlantis", null), "communityCode");
        assertField(petition("NOISE", "heyuan", "liushu-g1"), "gridCode");
        assertField(with(petition("NOISE", "heyuan", null), "description", "长".repeat(4001)), "description");
        assertField(with(petition("NOISE", "heyuan", null), "petitionerPhone", "12345"), "petitionerPhone");
        assertField(with(petition("NOISE", "heyuan", null), "petitionerIdNumber", "110105194912310021"),
                "petitionerIdNumber");
        assertField(with(petition("NOISE", "heyuan", null), "description", "<script>alert(1)</script>"),
                "description");
        assertField(with(petition("NOISE", "heyuan", null), "location", "<img src=x onerror=alert(1)>"), "location");

        assertThat(operator.post("/api/petitions", "{\"category\": ").status()).isEqualTo(400);
        assertThat(operator.postRaw("/api/petitions", "text/plain", BodyPublishers.ofString("噪声")).status())
                .isEqualTo(415);
        Response huge = operator.post("/api/petitions", with(petition("NOISE", "heyuan", null), "description",
                "x".repeat(70_000)));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(HttpApi.anonymous(port).post("/api/petitions", petition("NOISE", "heyuan", null)).status())
                .isEqualTo(401);
        Response badKey = operator.withHeader("Idempotency-Key", "x").post("/api/petitions",
                petition("NOISE", "heyuan", null));
        assertThat(badKey.status()).isEqualTo(400);

        assertThat(petitions()).isEqualTo(petitions);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    private void assertField(Map<String, Object> request, String field) {
        Response response = operator.post("/api/petitions", request);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).as(response.toString()).contains(field);
        assertThat(response.json().get("detail").asText()).isNotBlank();
    }

    private JsonNode file(Map<String, Object> request) {
        Response filed = operator.post("/api/petitions", request);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return operator.get("/api/petitions/" + filed.json().get("number").asText()).json();
    }

    private String status(JsonNode petition) {
        return operator.get("/api/petitions/" + petition.get("number").asText()).json().get("status").asText();
    }

    private void submit(HttpApi worker, String number, Map<String, Object> variables) {
        Response done = worker.post("/engine-rest/task/" + onlyTask(worker, number) + "/submit-form", variables);
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }

    private String onlyTask(HttpApi user, String number) {
        JsonNode tasks = user.get("/engine-rest/task?processInstanceBusinessKey=" + number).json();
        assertThat(tasks.size()).as("tasks of %s", number).isEqualTo(1);
        return tasks.get(0).get("id").asText();
    }

    private int petitions() {
        return jdbc.queryForObject("select count(*) from petition", Integer.class);
    }

    static Map<String, Object> petition(String category, String community, String grid, Object... more) {
        Map<String, Object> body = body("category", category, "communityCode", community, "gridCode", grid,
                "location", "和园小区 5 号楼", "description", "电梯停运，老人上下楼困难");
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        body.put(key, value);
        return body;
    }

    static List<String> publicSteps(JsonNode lookup) {
        List<String> steps = new java.util.ArrayList<>();
        lookup.get("steps").forEach(step -> steps.add(step.get("text").asText()));
        return steps;
    }

    private static List<String> types(JsonNode petition) {
        List<String> types = new ArrayList<>();
        petition.get("timeline").forEach(e -> types.add(e.get("type").asText()));
        return types;
    }

    private static String note(JsonNode petition, String type) {
        for (JsonNode e : petition.get("timeline")) {
            if (e.get("type").asText().equals(type)) {
                return e.get("note").asText();
            }
        }
        throw new AssertionError("no " + type + " in " + petition);
    }

    private static String actor(JsonNode petition, String type) {
        for (JsonNode e : petition.get("timeline")) {
            if (e.get("type").asText().equals(type)) {
                return e.get("actor").asText();
            }
        }
        throw new AssertionError("no " + type);
    }
}
