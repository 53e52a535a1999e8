package cn.gongzhi.escalation;

import static cn.gongzhi.petition.web.PetitionApiTestSupport.vars;
import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On the real engine: workers escalate petitions, the street convenes, departments report in and keep their
 * commitments, and every petition resumes at callback with its own escalation's answer — two escalations running at
 * once, one of them sent back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EscalationFlowTest {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void escalatedPetitionsResumeWithTheirOwnEscalationsAnswer() {
        HttpApi operator = HttpApi.as(port, "qianhong", "demo");
        HttpApi zhangwei = HttpApi.as(port, "zhangwei", "demo");
        HttpApi sunli = HttpApi.as(port, "sunli", "demo");
        HttpApi wangfang = HttpApi.as(port, "wangfang", "demo");
        HttpApi liming = HttpApi.as(port, "liming", "demo");
        HttpApi gaojian = HttpApi.as(port, "gaojian", "demo");

        String first = file(operator, "heyuan", "heyuan-g1", "PROPERTY_MANAGEMENT");
        String second = file(operator, "heyuan", "heyuan-g1", "PROPERTY_MANAGEMENT");
        String village = file(operator, "liushu", "liushu-g1", "VILLAGE_ROADS");
        escalate(zhangwei, first);
        escalate(zhangwei, second);
        escalate(sunli, village);

        String heyuanEscalation = escalationOf(first);
        assertThat(escalationOf(second)).as("the second petition joins the open escalation").isEqualTo(heyuanEscalation);
        String liushuEscalation = escalationOf(village);
        assertThat(liushuEscalation).isNotEqualTo(heyuanEscalation);

        // the Party organisations blow the whistle; the street convenes one and sends the other back
        complete(wangfang, heyuanEscalation, vars("reason", "物业拒不整改，需住建和城管联合执法", "triedSoFar", "约谈物业两次"));
        complete(liming, liushuEscalation, vars("reason", "桥面塌陷需交通部门", "triedSoFar", "设置警示"));
        complete(gaojian, liushuEscalation, vars("convene", "RETURN", "instructions", "属村内道路，由村委会申请一事一议资金修复"));
        complete(gaojian, heyuanEscalation, vars("convene", "CONVENE", "instructions", "召集住建、城管"));

        // confirming departments: unknown department and a meeting in the past are refused
        String meeting = LocalDateTime.now().plusDays(2).withNano(0).toString();
        assertThat(submit(gaojian, heyuanEscalation, vars("departmentCodes", "housing,unicorns", "meetingTime", meeting))
                .body()).contains("未知的职能部门");
        assertThat(submit(gaojian, heyuanEscalation, vars("departmentCodes", "housing",
                "meetingTime", LocalDateTime.now().minusDays(1).withNano(0).toString())).status()).isEqualTo(400);
        complete(gaojian, heyuanEscalation, vars("departmentCodes", "housing,urban-mgmt", "meetingTime", meeting));

        // the summoned departments report in; a department not summoned has nothing to report
        assertThat(HttpApi.as(port, "water-liaison", "demo")
                .get("/engine-rest/task?processInstanceBusinessKey=" + heyuanEscalation).json().size()).isZero();
        complete(HttpApi.as(port, "housing-liaison", "demo"), heyuanEscalation, vars("liaisonName", "住建联络员"));
        complete(HttpApi.as(port, "urban-liaison", "demo"), heyuanEscalation, vars("liaisonName", "城管联络员"));
        runTimer(heyuanEscalation);

        // the joint meeting: commitments with a past deadline or from a department not summoned are refused
        String due = LocalDate.now().plusDays(5).toString();
        assertThat(submit(gaojian, heyuanEscalation, meetingForm("housing：督促整改；" + LocalDate.now().minusDays(1)))
                .body()).contains("已经过去");
        assertThat(submit(gaojian, heyuanEscalation, meetingForm("water：更换水泵；" + due)).body()).contains("未被召集");
        complete(gaojian, heyuanEscalation, meetingForm("housing：督促物业更换水泵；" + due + "\nurban-mgmt：拆除违建；" + due));
        complete(HttpApi.as(port, "housing-liaison", "demo"), heyuanEscalation, vars("completionReport", "水泵已更换"));
        complete(HttpApi.as(port, "urban-liaison", "demo"), heyuanEscalation, vars("completionReport", "违建已拆除"));
        complete(gaojian, heyuanEscalation, vars("ratings", "housing：5,5,4\nurban-mgmt：4,5,5",
                "outcome", "水泵更换、违建拆除，供水恢复正常"));
        String notice = jdbc.queryForObject("select number from disclosure where title like ?", String.class,
                "%" + heyuanEscalation + "%");
        runTimer(notice);

        // every petition resumes at callback, each with its own escalation's answer
        for (String petition : new String[] {first, second, village}) {
            assertThat(taskKey(petition)).as(petition).isEqualTo("Activity_CallBackPetitioner");
        }
        assertThat(note(operator, first)).contains("水泵更换");
        assertThat(note(operator, second)).contains("水泵更换");
        assertThat(note(operator, village)).contains("一事一议");
        assertThat(jdbc.queryForObject("select rating_on_time from escalation_department d join escalation e"
                + " on d.escalation_id = e.id where e.number = ? and d.department_code = 'housing'", Integer.class,
                heyuanEscalation)).isEqualTo(5);

        JsonNode record = gaojian.get("/api/escalations/" + heyuanEscalation).json();
        assertThat(record.get("status").asText()).isEqualTo("CLOSED");
        assertThat(record.get("petitions").toString()).contains(first, second);
        assertThat(record.get("commitments").findValuesAsText("status")).containsOnly("DONE");
        assertThat(record.get("departments").findValuesAsText("attended")).containsOnly("true");

        complete(HttpApi.as(port, "chenjing", "demo"), first, vars("resolved", true, "satisfaction", 5));
        assertThat(HttpApi.anonymous(port).get("/public/petitions/" + first).json().get("status").asText())
                .isEqualTo("CLOSED");
    }

    @Test
    void thePartySecretaryBlowsTheWhistleByHand() {
        HttpApi wangfang = HttpApi.as(port, "wangfang", "demo");
        Response refused = wangfang.post("/engine-rest/process-definition/key/JointMeetingEscalationProcess/submit-form",
                vars("communityCode", "heyuan", "category", "UNICORNS", "reason", "r", "triedSoFar", "t"));
        assertThat(refused.status()).isEqualTo(400);
        Response started = wangfang.post("/engine-rest/process-definition/key/JointMeetingEscalationProcess/submit-form",
                vars("communityCode", "heyuan", "category", "NOISE", "reason", "夜间施工噪声反复出现",
                        "triedSoFar", "网格员多次劝阻"));
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        String number = jdbc.queryForObject("select number from escalation where reason = ?", String.class,
                "夜间施工噪声反复出现");
        assertThat(HttpApi.as(port, "gaojian", "demo").get("/engine-rest/task?processInstanceBusinessKey=" + number)
                .json().get(0).get("taskDefinitionKey").asText()).isEqualTo("Activity_DecideConvening");
    }

    private String file(HttpApi operator, String community, String grid, String category) {
        Response filed = operator.post("/api/petitions", body("category", category, "communityCode", community,
                "gridCode", grid, "location", "现场", "description", "多次反映未解决"));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.json().get("number").asText();
    }

    private void escalate(HttpApi worker, String petition) {
        complete(worker, petition, vars("contactNote", "已联系"));
        complete(worker, petition, vars("handlingOutcome", "BEYOND_COMMUNITY", "measures", "多次协调未果",
                "escalationReason", "需要多个部门联合处置"));
    }

    private String escalationOf(String petition) {
        return jdbc.queryForObject("select e.number from escalation e join escalation_petition p"
                + " on p.escalation_id = e.id where p.petition_number = ?", String.class, petition);
    }

    private static Map<String, Object> meetingForm(String commitments) {
        return vars("attendance", "housing,urban-mgmt", "minutes", "联席会议记录", "commitments", commitments);
    }

    private void runTimer(String businessKey) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers()
                .list().get(0).getId());
    }

    private String taskKey(String businessKey) {
        return HttpApi.as(port, "demo", "demo").get("/engine-rest/task?processInstanceBusinessKey=" + businessKey)
                .json().get(0).get("taskDefinitionKey").asText();
    }

    private static String note(HttpApi staff, String petition) {
        for (JsonNode event : staff.get("/api/petitions/" + petition).json().get("timeline")) {
            if (event.get("type").asText().equals("ESCALATION_RESOLVED")) {
                return event.get("note").asText();
            }
        }
        throw new AssertionError("no escalation answer for " + petition);
    }

    private Response submit(HttpApi user, String businessKey, Map<String, Object> variables) {
        JsonNode tasks = user.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey).json();
        assertThat(tasks.size()).as("%s has one task for the user", businessKey).isEqualTo(1);
        return user.post("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/submit-form", variables);
    }

    private void complete(HttpApi user, String businessKey, Map<String, Object> variables) {
        Response done = submit(user, businessKey, variables);
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }
}
