package cn.gongzhi.identity;

import static cn.gongzhi.petition.web.PetitionApiTestSupport.vars;
import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import cn.gongzhi.support.TableFingerprint;
import cn.gongzhi.support.TestDataJanitor;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hijacks a 柳树村 worker (and a designer) could pull off with nothing but a login and curl, each now refused
 * with a clear 4xx and nothing written (the trust-boundary issue).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrustBoundaryRegressionTest {

    @Autowired
    RuntimeService runtimeService;

    TestDataJanitor janitor;

    @BeforeAll
    void noteTheSharedDatabase() {
        janitor = TestDataJanitor.before(jdbc, runtimeService);
    }

    @AfterAll
    void leaveTheSharedDatabaseAsFound() {
        janitor.restore();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdentityService identityService;

    @Test
    void aWorkerCannotTakeOverAnotherCommunitysPetitionByStartingAnInstanceWithItsId() {
        String heyuan = file("heyuan", "heyuan-g1");
        Map<String, Object> before = petitionRow(heyuan);
        Map<String, Object> tables = fingerprint();

        Response hijack = as("sunli").post("/engine-rest/process-definition/key/ResidentPetitionProcess/start",
                Map.of("variables", Map.of("petitionId", Map.of("value", petitionId(heyuan), "type", "Long"),
                        "petitionNumber", Map.of("value", heyuan), "communityCode", Map.of("value", "liushu"),
                        "communityType", Map.of("value", "RURAL"), "category", Map.of("value", "VILLAGE_ROADS"))));

        assertThat(hijack.status()).as(hijack.toString()).isEqualTo(403);
        assertThat(hijack.json().get("message").asText()).contains("petitionId").contains("系统");
        assertThat(petitionRow(heyuan)).isEqualTo(before);
        assertThat(fingerprint()).isEqualTo(tables);
    }

    @Test
    void aWorkerCannotPointHerOwnTaskAtAnotherCommunitysPetition() {
        String heyuan = file("heyuan", "heyuan-g1");
        String liushu = file("liushu", "liushu-g1");
        String own = onlyTask("sunli", liushu);
        Map<String, Object> tables = fingerprint();

        Response rewrite = as("sunli").put("/engine-rest/task/" + own + "/variables/petitionId",
                Map.of("value", petitionId(heyuan), "type", "Long"));
        Response local = as("sunli").put("/engine-rest/task/" + own + "/localVariables/petitionId",
                Map.of("value", petitionId(heyuan), "type", "Long"));
        Response modify = as("sunli").post("/engine-rest/task/" + own + "/variables",
                Map.of("modifications", Map.of("petitionId", Map.of("value", petitionId(heyuan), "type", "Long"))));

        assertThat(rewrite.status()).isEqualTo(403);
        assertThat(local.status()).isEqualTo(403);
        assertThat(modify.status()).isEqualTo(403);
        assertThat(fingerprint()).isEqualTo(tables);
        // her own step still works on her own petition
        assertThat(as("sunli").post("/engine-rest/task/" + own + "/submit-form", vars("contactNote", "已联系"))
                .status()).isEqualTo(204);
        assertThat(as("qianhong").get("/api/petitions/" + heyuan).json().get("timeline").toString())
                .doesNotContain("已联系");
    }

    @Test
    void aWhistleCannotBeBlownForAnotherCommunityByStartFormOrMessage() {
        long before = escalations("heyuan");
        Response byForm = as("liming").post(
                "/engine-rest/process-definition/key/JointMeetingEscalationProcess/submit-form",
                vars("communityCode", "heyuan", "category", "NOISE", "reason", "r", "triedSoFar", "t"));
        Response byMessage = as("liming").post("/engine-rest/message", Map.of("messageName",
                "Message_EscalationRequested", "businessKey", "P-2026-000001", "processVariables", Map.of(
                        "petitionNumber", Map.of("value", "P-2026-000001"), "communityCode", Map.of("value", "heyuan"),
                        "category", Map.of("value", "NOISE"))));

        assertThat(byForm.status()).isEqualTo(403);
        assertThat(byForm.json().get("message").asText()).contains("和园社区的党组织");
        assertThat(byMessage.status()).isEqualTo(403);
        assertThat(escalations("heyuan")).isEqualTo(before);
    }

    @Test
    void aResolutionCannotBePublishedByStartingTheDisclosureProcess() {
        long notices = jdbc.queryForObject("select count(*) from disclosure", Long.class);
        for (String user : new String[] {"sunli", "wangfang", "demo"}) {
            Response forged = as(user).post("/engine-rest/process-definition/key/PublicDisclosureProcess/start",
                    Map.of("variables", Map.of("communityCode", Map.of("value", "heyuan"),
                            "disclosureKind", Map.of("value", "RESOLUTION"),
                            "disclosureTitle", Map.of("value", "决议公开：伪造"))));
            assertThat(forged.status()).as(user).isEqualTo(403);
        }
        assertThat(jdbc.queryForObject("select count(*) from disclosure", Long.class)).isEqualTo(notices);
        assertThat(HttpApi.anonymous(port).get("/api/disclosures").body()).doesNotContain("伪造");
    }

    @Test
    void aDeliberationCanOnlyBeStartedForOnesOwnCommunity() {
        Response village = as("zhangwei").post(
                "/engine-rest/process-definition/key/VillageDeliberationProcess/submit-form",
                TrustBoundaryMatrixTest.villageStartForm());
        Response consultation = as("liming").post(
                "/engine-rest/process-definition/key/ResidentConsultationProcess/submit-form",
                vars("communityCode", "heyuan", "title", "t", "plan", "p", "topicSource", "RESIDENTS",
                        "resolutionBody", "RESIDENT_REPRESENTATIVE_ASSEMBLY"));
        assertThat(village.status()).isEqualTo(403);
        assertThat(consultation.status()).isEqualTo(403);
        assertThat(consultation.json().get("message").asText()).contains("和园社区");
    }

    @Test
    void theWorkerWhoTookOverTheHandlingCannotCallBackEither() {
        String number = file("heyuan", "heyuan-g1");
        HttpApi zhangwei = as("zhangwei");
        HttpApi liuyang = as("liuyang");
        String contact = onlyTask("zhangwei", number);
        zhangwei.post("/engine-rest/task/" + contact + "/claim", Map.of("userId", "zhangwei"));
        assertThat(zhangwei.post("/engine-rest/task/" + contact + "/submit-form", vars("contactNote", "已联系"))
                .status()).isEqualTo(204);
        // zhangwei gives the handling back; liuyang takes it over and handles it
        String handling = onlyTask("zhangwei", number);
        assertThat(zhangwei.post("/engine-rest/task/" + handling + "/unclaim", Map.of()).status()).isEqualTo(204);
        assertThat(liuyang.post("/engine-rest/task/" + handling + "/claim", Map.of("userId", "liuyang")).status())
                .isEqualTo(204);
        assertThat(liuyang.post("/engine-rest/task/" + handling + "/submit-form", vars("handlingOutcome", "RESOLVED",
                "measures", "更换了电梯控制柜")).status()).isEqualTo(204);

        String callback = onlyTask("chenjing", number);
        Response byHandler = liuyang.post("/engine-rest/task/" + callback + "/submit-form",
                vars("resolved", true, "satisfaction", 5));
        Response byContact = zhangwei.post("/engine-rest/task/" + callback + "/submit-form",
                vars("resolved", true, "satisfaction", 5));
        assertThat(byHandler.status()).isEqualTo(403);
        assertThat(byHandler.json().get("message").asText()).contains("liuyang");
        assertThat(byContact.status()).isEqualTo(403);
        assertThat(as("chenjing").post("/engine-rest/task/" + callback + "/submit-form",
                vars("resolved", true, "satisfaction", 5)).status()).isEqualTo(204);
    }

    @Test
    void aTaskIsHandedOnlyToMembersOfItsCandidateGroups() {
        String number = file("heyuan", "heyuan-g1");
        String contact = onlyTask("zhangwei", number);
        Response toAnotherCommunity = as("zhangwei").post("/engine-rest/task/" + contact + "/assignee",
                Map.of("userId", "sunli"));
        Response dueDate = as("zhangwei").put("/engine-rest/task/" + contact, Map.of("name", "联系诉求人",
                "due", "2099-01-01T00:00:00.000+0800"));
        assertThat(toAnotherCommunity.status()).isEqualTo(403);
        assertThat(dueDate.status()).isEqualTo(403);
        assertThat(as("zhangwei").post("/engine-rest/task/" + contact + "/assignee", Map.of("userId", "liuyang"))
                .status()).as("a colleague of the same group").isEqualTo(204);
    }

    @Test
    void aDesignerCannotDeployAModelThatMakesHerAdministrator() {
        String model = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://gongzhi.cn/test">
                  <process id="Process_Promote" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <startEvent id="StartEvent_Soon">
                      <timerEventDefinition id="Timer_Soon"><timeDuration>PT1S</timeDuration></timerEventDefinition>
                    </startEvent>
                    <sequenceFlow id="Flow_Promote" sourceRef="StartEvent_Soon" targetRef="Activity_Promote"/>
                    <serviceTask id="Activity_Promote"
                      camunda:expression="${identityService.createMembership('designer','camunda-admin')}"/>
                  </process>
                </definitions>""";
        Response deployed = deploy("designer", "Promote.bpmn", model);
        assertThat(deployed.status()).isEqualTo(400);
        assertThat(deployed.json().get("message").asText()).contains("Promote.bpmn").contains("Activity_Promote")
                .contains("camunda:expression").contains("identityService");
        assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").userId("designer").count())
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from ACT_RE_PROCDEF where KEY_ = 'Process_Promote'",
                Long.class)).isZero();
    }

    @Test
    void aDesignerCannotEraseRunningCasesByDeletingTheirModelWithCascade() {
        String number = file("heyuan", "heyuan-g1");
        String definition = jdbc.queryForObject("select PROC_DEF_ID_ from ACT_RU_EXECUTION where BUSINESS_KEY_ = ?"
                + " and ID_ = PROC_INST_ID_", String.class, number);
        String deployment = jdbc.queryForObject("select DEPLOYMENT_ID_ from ACT_RE_PROCDEF where ID_ = ?",
                String.class, definition);
        Map<String, Object> tables = fingerprint();

        Response byDeployment = as("designer").delete("/engine-rest/deployment/" + deployment + "?cascade=true");
        Response byDefinition = as("designer").delete("/engine-rest/process-definition/" + definition
                + "?cascade=true");
        Response byKey = as("designer").delete("/engine-rest/process-definition/key/ResidentPetitionProcess/delete"
                + "?cascade=true");

        assertThat(byDeployment.status()).as(byDeployment.toString()).isEqualTo(403);
        assertThat(byDefinition.status()).as(byDefinition.toString()).isEqualTo(403);
        assertThat(byKey.status()).as(byKey.toString()).isIn(403, 404);
        assertThat(fingerprint()).isEqualTo(tables);
        assertThat(onlyTask("zhangwei", number)).isNotBlank();
    }

    @Test
    void nobodyDeletesHerOwnLoginOrChangesHerOwnGroups() {
        assertThat(as("zhangwei").delete("/engine-rest/user/zhangwei").status()).isEqualTo(403);
        assertThat(as("demo").delete("/engine-rest/user/demo").status()).isEqualTo(403);
        assertThat(as("zhangwei").delete("/engine-rest/group/workers-heyuan/members/zhangwei").status())
                .isEqualTo(403);
        assertThat(identityService.createUserQuery().userId("zhangwei").memberOfGroup("workers-heyuan").count())
                .isEqualTo(1);
        assertThat(identityService.createUserQuery().userId("demo").count()).isEqualTo(1);
    }

    // ------------------------------------------------------------------------------------------------------------

    private HttpApi as(String login) {
        return HttpApi.as(port, login, "demo");
    }

    private Map<String, Object> fingerprint() {
        return new TableFingerprint(jdbc).fingerprint();
    }

    private String file(String community, String grid) {
        Response filed = as("qianhong").post("/api/petitions", body("category",
                community.equals("liushu") ? "VILLAGE_ROADS" : "PROPERTY_MANAGEMENT",
                "communityCode", community, "gridCode", grid, "location", "现场", "description", "电梯停运"));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.json().get("number").asText();
    }

    private long petitionId(String number) {
        return jdbc.queryForObject("select id from petition where number = ?", Long.class, number);
    }

    private Map<String, Object> petitionRow(String number) {
        return jdbc.queryForMap("select * from petition where number = ?", number);
    }

    private long escalations(String community) {
        return jdbc.queryForObject("select count(*) from escalation where community_code = ?", Long.class, community);
    }

    private String onlyTask(String login, String businessKey) {
        JsonNode tasks = as(login).get("/engine-rest/task?processInstanceBusinessKey=" + businessKey).json();
        assertThat(tasks.size()).as("tasks of %s for %s", businessKey, login).isEqualTo(1);
        return tasks.get(0).get("id").asText();
    }

    private Response deploy(String login, String file, String content) {
        return as(login).deploy(file, content);
    }
}
