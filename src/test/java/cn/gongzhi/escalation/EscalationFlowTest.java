package cn.gongzhi.escalation;

import static cn.gongzhi.petition.web.PetitionApiTestSupport.vars;
import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import cn.gongzhi.support.SavePointJobs;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import com.fasterxml.jackson.databind.ObjectMapper;
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

        // a second street with its own department for the same duty: never offered to qinghe's committee
        HttpApi admin = HttpApi.as(port, "demo", "demo");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long dongba = admin.post("/api/registry/streets", body("code", "dongba-" + suffix, "name", "东坝街道")).id();
        String otherStreets = "dongba-housing-" + suffix;
        assertThat(admin.post("/api/registry/departments", body("code", otherStreets, "name", "东坝街道房屋管理所",
                "streetId", dongba, "duties", List.of("PROPERTY_MANAGEMENT"))).status()).isEqualTo(201);

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
        // the request crossed a save point with nobody acting: the record still names the worker who asked
        assertThat(jdbc.queryForObject("select opened_by from escalation where number = ?", String.class,
                liushuEscalation)).isEqualTo("sunli");

        // the whistle form starts from what the worker wrote when she asked for it, and offers the open petitions
        JsonNode whistleForm = formVariables(wangfang, heyuanEscalation);
        assertThat(whistleForm.get("reason").get("value").asText()).isEqualTo("需要多个部门联合处置");
        assertThat(whistleForm.get("triedSoFar").get("value").asText()).isEqualTo("多次协调未果");
        assertThat(whistleForm.get("caseSummary").get("value").asText()).contains(heyuanEscalation, "物业服务",
                "和园社区");
        assertThat(values(whistleForm, "relatedPetitionOptions")).as("the community's open petitions not yet in it")
                .contains(second).doesNotContain(first, village);
        assertThat(submit(wangfang, heyuanEscalation, form("reason", "r", "triedSoFar", "t",
                "relatedPetitions", json("[\"" + village + "\"]"))).body()).as("another community's petition")
                .contains("只能从列出的选项中选择");

        // the Party organisations blow the whistle; the street convenes one and sends the other back
        complete(wangfang, heyuanEscalation, vars("reason", "物业拒不整改，需住建和城管联合执法", "triedSoFar", "约谈物业两次"));
        complete(liming, liushuEscalation, vars("reason", "桥面塌陷需交通部门", "triedSoFar", "设置警示"));
        complete(gaojian, liushuEscalation, vars("convene", "RETURN", "instructions", "属村内道路，由村委会申请一事一议资金修复"));
        SavePointJobs.pass(managementService);
        complete(gaojian, heyuanEscalation, vars("convene", "CONVENE", "instructions", "召集住建、城管"));

        // the street's departments are offered by name, the proposal pre-ticked; another street's are not offered
        JsonNode confirmForm = formVariables(gaojian, heyuanEscalation);
        assertThat(labels(confirmForm, "departmentOptions")).contains("区住房和城乡建设委员会", "区城市管理委员会")
                .doesNotContain("东坝街道房屋管理所");
        assertThat(values(confirmForm, "departmentOptions")).doesNotContain(otherStreets);
        assertThat(values(confirmForm, "departments")).as("the proposal").containsExactly("housing");
        assertThat(confirmForm.get("caseSummary").get("value").asText()).contains("物业拒不整改", "召集住建、城管",
                "建议召集");

        // confirming departments: another street's department and a meeting in the past are refused
        String meeting = LocalDateTime.now().plusDays(2).withNano(0).withSecond(0).toString().substring(0, 16);
        Response elsewhere = submit(gaojian, heyuanEscalation, form("departments",
                json("[\"housing\",\"" + otherStreets + "\"]"), "meetingTime", meeting));
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.body()).contains("召集部门只能从列出的选项中选择");
        assertThat(submit(gaojian, heyuanEscalation, form("departments", json("[\"housing\"]"),
                "meetingTime", LocalDateTime.now().minusDays(1).withNano(0).toString())).status()).isEqualTo(400);
        complete(gaojian, heyuanEscalation, form("departments", json("[\"housing\",\"urban-mgmt\"]"),
                "meetingTime", meeting));

        // the summoned departments report in; a department not summoned has nothing to report
        assertThat(HttpApi.as(port, "water-liaison", "demo")
                .get("/engine-rest/task?processInstanceBusinessKey=" + heyuanEscalation).json().size()).isZero();
        HttpApi housing = HttpApi.as(port, "housing-liaison", "demo");
        assertThat(formVariables(housing, heyuanEscalation).get("caseSummary").get("value").asText())
                .as("the liaison sees the matter, the time and the place").contains(heyuanEscalation, "物业服务",
                        "和园社区", meeting.replace('T', ' '));
        complete(housing, heyuanEscalation, vars("liaisonName", "住建联络员"));
        runTimer(heyuanEscalation);
        assertThat(jdbc.queryForObject("select count(*) from escalation_department d join escalation e"
                + " on d.escalation_id = e.id where e.number = ? and d.late = true and d.attended = false"
                + " and d.department_code = 'urban-mgmt'", Integer.class, heyuanEscalation))
                .as("urban-mgmt never reported in: absent and late").isOne();

        // the joint meeting: attendance among the convened; commitments with a past due date or from a department
        // not convened are refused
        JsonNode meetingForm = formVariables(gaojian, heyuanEscalation);
        assertThat(labels(meetingForm, "convenedDepartmentOptions"))
                .containsExactly("区住房和城乡建设委员会", "区城市管理委员会");
        assertThat(meetingForm.get("caseSummary").get("value").asText()).contains("已报到", "未报到");
        String due = LocalDate.now().plusDays(5).toString();
        assertThat(submit(gaojian, heyuanEscalation, meetingForm(commitment("housing", "督促整改",
                LocalDate.now().minusDays(1).toString()))).body()).contains("已经过去");
        assertThat(submit(gaojian, heyuanEscalation, meetingForm(commitment("water", "更换水泵", due))).body())
                .contains("承诺部门只能从召集的部门中选择");
        complete(gaojian, heyuanEscalation, meetingForm(commitment("housing", "督促物业更换水泵", due) + ","
                + commitment("urban-mgmt", "拆除违建", due)));
        assertThat(publicSteps(first)).as("the meeting's decision reaches the resident when it is recorded")
                .contains("街道联席会议已决定：区住房和城乡建设委员会：督促物业更换水泵（" + due + " 前完成）；"
                        + "区城市管理委员会：拆除违建（" + due + " 前完成）");
        assertThat(HttpApi.as(port, "demo", "demo").get("/engine-rest/task?processInstanceBusinessKey=" + first)
                .json().size()).as("the petition still waits for the outcome").isZero();
        complete(HttpApi.as(port, "housing-liaison", "demo"), heyuanEscalation, vars("completionReport", "水泵已更换"));
        complete(HttpApi.as(port, "urban-liaison", "demo"), heyuanEscalation, vars("completionReport", "违建已拆除"));
        JsonNode evaluation = formVariables(gaojian, heyuanEscalation);
        assertThat(values(evaluation, "ratings")).as("one row per convened department").hasSize(2);
        Response missing = submit(gaojian, heyuanEscalation, form("ratings", json("[" + rating("housing", 5, 5, 4)
                + "]"), "outcome", "结果"));
        assertThat(missing.body()).contains("还需为这些部门评分", "区城市管理委员会");
        assertThat(submit(gaojian, heyuanEscalation, form("ratings", json("[" + rating("housing", 5, 5, 4) + ","
                + rating("urban-mgmt", 4, 6, 5) + "]"), "outcome", "结果")).body()).contains("1 到 5");
        complete(gaojian, heyuanEscalation, form("ratings", json("[" + rating("housing", 5, 5, 4) + ","
                + rating("urban-mgmt", 4, 5, 5) + "]"), "outcome", "水泵更换、违建拆除，供水恢复正常"));
        SavePointJobs.pass(managementService);
        String notice = jdbc.queryForObject("select d.number from disclosure d join disclosure_subject s"
                + " on s.disclosure_id = d.id where s.subject = ?", String.class, heyuanEscalation);

        // every petition resumes at callback, each with its own escalation's answer, while the outcome notice's
        // objection window is still open
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(notice).count())
                .as("the window is open").isOne();
        for (String petition : new String[] {first, second, village}) {
            assertThat(taskKey(petition)).as(petition).isEqualTo("Activity_CallBackPetitioner");
        }
        JsonNode lookup = HttpApi.anonymous(port).get("/public/petitions/" + second).json();
        assertThat(lookup.get("statusLabel").asText()).isEqualTo("待回访");
        assertThat(lookup.get("notices").findValuesAsText("number")).as("the lookup links the outcome notice")
                .containsExactly(notice);
        assertThat(lookup.get("notices").get(0).get("title").asText()).as("titled by the matter, not the number")
                .isEqualTo("吹哨办理结果：多次反映未解决");
        assertThat(publicSteps(second)).contains("联席会议办理结果：水泵更换、违建拆除，供水恢复正常；社区会回访您，听取您的意见");
        runTimer(notice);
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
        assertThat(record.get("departments").findValuesAsText("attended")).containsExactly("true", "false");

        complete(HttpApi.as(port, "chenjing", "demo"), first, vars("resolved", true, "satisfaction", 5));
        assertThat(HttpApi.anonymous(port).get("/public/petitions/" + first).json().get("status").asText())
                .isEqualTo("CLOSED");
    }

    @Test
    void thePartySecretaryBlowsTheWhistleByHand() {
        HttpApi wangfang = HttpApi.as(port, "wangfang", "demo");
        Response code = wangfang.post("/engine-rest/process-definition/key/JointMeetingEscalationProcess/submit-form",
                vars("communityCode", "heyuan", "category", "NOISE", "reason", "r", "triedSoFar", "t"));
        assertThat(code.status()).as("the community follows from who blows the whistle").isIn(400, 403);
        Response refused = wangfang.post("/engine-rest/process-definition/key/JointMeetingEscalationProcess/submit-form",
                vars("category", "UNICORNS", "reason", "r", "triedSoFar", "t"));
        assertThat(refused.status()).isEqualTo(400);
        Response started = wangfang.post("/engine-rest/process-definition/key/JointMeetingEscalationProcess/submit-form",
                vars("category", "NOISE", "reason", "夜间施工噪声反复出现", "triedSoFar", "网格员多次劝阻"));
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        String instance = started.json().get("id").asText();
        JsonNode tasks = wangfang.get("/engine-rest/task?processInstanceId=" + instance).json();
        if (tasks.size() == 1 && tasks.get(0).get("taskDefinitionKey").asText().equals("Activity_ChooseWhistleCommunity")) {
            // heyuan has open petitions: she chooses the community by name and may take them up
            String task = tasks.get(0).get("id").asText();
            JsonNode choose = wangfang.get("/engine-rest/task/" + task + "/form-variables?deserializeValues=false")
                    .json();
            assertThat(labels(choose, "communityOptions")).containsExactly("和园社区");
            assertThat(wangfang.post("/engine-rest/task/" + task + "/submit-form", form("community", "liushu"))
                    .status()).as("not her community").isEqualTo(400);
            Response chosen = wangfang.post("/engine-rest/task/" + task + "/submit-form", form("community", "heyuan"));
            assertThat(chosen.status()).as(chosen.toString()).isEqualTo(204);
        }
        String number = jdbc.queryForObject("select number from escalation where reason = ?", String.class,
                "夜间施工噪声反复出现");
        assertThat(HttpApi.as(port, "gaojian", "demo").get("/engine-rest/task?processInstanceBusinessKey=" + number)
                .json().get(0).get("taskDefinitionKey").asText()).isEqualTo("Activity_DecideConvening");
    }

    private List<String> publicSteps(String petition) {
        List<String> steps = new ArrayList<>();
        HttpApi.anonymous(port).get("/public/petitions/" + petition).json().get("steps")
                .forEach(step -> steps.add(step.get("text").asText()));
        return steps;
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
        SavePointJobs.pass(managementService);
    }

    private String escalationOf(String petition) {
        return jdbc.queryForObject("select e.number from escalation e join escalation_petition p"
                + " on p.escalation_id = e.id where p.petition_number = ?", String.class, petition);
    }

    private static Map<String, Object> meetingForm(String commitments) {
        return form("attendance", json("[\"housing\"]"), "minutes", "联席会议记录",
                "commitments", json("[" + commitments + "]"));
    }

    private static String commitment(String department, String measure, String dueDate) {
        return "{\"department\":\"" + department + "\",\"measure\":\"" + measure + "\",\"dueDate\":\""
                + dueDate + "\"}";
    }

    private static String rating(String department, int onTime, int effective, int cooperative) {
        return "{\"department\":\"" + department + "\",\"onTime\":" + onTime + ",\"effective\":" + effective
                + ",\"cooperative\":" + cooperative + "}";
    }

    /** A JSON value, as Tasklist submits a checklist or a dynamic list. */
    private record Json(String text) {}

    private static Json json(String text) {
        return new Json(text);
    }

    /** Like {@code vars}, with JSON values typed as Tasklist types them. */
    private static Map<String, Object> form(Object... keysAndValues) {
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            variables.put((String) keysAndValues[i], value instanceof Json j ? Map.of("value", j.text(), "type", "Json")
                    : Map.of("value", value, "type", "String"));
        }
        return Map.of("variables", variables);
    }

    private static JsonNode formVariables(HttpApi user, String businessKey) {
        JsonNode tasks = user.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey).json();
        assertThat(tasks.size()).as("%s has one task for the user", businessKey).isEqualTo(1);
        return user.get("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/form-variables?deserializeValues=false")
                .json();
    }

    /** The values of a JSON list variable: the {@code value} of each option, or each element. */
    private static List<String> values(JsonNode variables, String name) {
        return list(variables, name).stream().map(n -> n.isObject() && n.has("value") ? n.get("value").asText()
                : n.isObject() ? n.toString() : n.asText()).toList();
    }

    private static List<String> labels(JsonNode variables, String name) {
        return list(variables, name).stream().map(n -> n.get("label").asText()).toList();
    }

    private static List<JsonNode> list(JsonNode variables, String name) {
        JsonNode value = variables.path(name).path("value");
        try {
            JsonNode parsed = value.isTextual() ? new ObjectMapper().readTree(value.asText()) : value;
            List<JsonNode> nodes = new ArrayList<>();
            parsed.forEach(nodes::add);
            return nodes;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
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
