package cn.gongzhi.workforce;

import static cn.gongzhi.petition.web.PetitionApiTestSupport.vars;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A street's appraisal through the engine REST API as Tasklist does it, with the demo logins of 清河街道: 高建 (street
 * office) starts it by hand and chooses the street and year; every worker files her self-report (too short: 400
 * naming the field; someone else's: refused); the heads propose for their communities (陈静 for 和园社区, 周敏 for
 * 柳树村), asking once for a recount; the heads' own sheets are proposed by the street office, and the proposer may
 * not decide them (403), the other member does; the results are published; 孙丽 objects and the office changes her
 * result, 马超 objects and it is upheld; the others' window ends; the results reach the registry with the grade change
 * they allow (刘洋 优秀: one step), and 张伟's 不合格 opens the follow-up the street office records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnnualAppraisalFlowTest {

    private static final String START = "/engine-rest/process-definition/key/AnnualAppraisalProcess/submit-form";
    private static final String REPORT = "今年主要负责居民诉求办理和楼院走访，参加了两次培训，按时完成各项任务，不足是回访记录不够及时。";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ManagementService management;

    @Autowired
    Clock clock;

    @Autowired
    TaskService tasks;

    @Autowired
    FormService forms;

    @Autowired
    IdentityService identity;

    @Test
    void theStreetAppraisesItsWorkersAndTheResultsBecomeFinal() {
        HttpApi gaojian = HttpApi.as(port, "gaojian", "demo");
        HttpApi linxiao = HttpApi.as(port, "linxiao", "demo");
        int year = LocalDate.now(clock).getYear();
        Instant before = clock.instant().minusSeconds(1);
        Map<String, Integer> grades = new HashMap<>();
        List<String> demo = List.of("chenjing", "zhaolei", "zhangwei", "liuyang", "zhoumin", "sunli", "machao");
        jdbc.query("select username, grade from community_worker", r -> {
            grades.put(r.getString(1), r.getInt(2));
        });
        String instance = null;
        try {
            Response refused = HttpApi.as(port, "zhangwei", "demo").post(START, vars());
            assertThat(refused.status()).as(refused.toString()).isIn(403);
            Response started = gaojian.post(START, vars());
            assertThat(started.status()).as(started.toString()).isEqualTo(200);
            instance = started.json().get("id").asText();
            JsonNode choose = gaojian.onlyTask(instance);
            assertThat(choose.get("taskDefinitionKey").asText()).isEqualTo("Activity_ChooseAppraisalStreet");
            gaojian.submitOnlyTask(instance, vars("appraisalStreet", "qinghe", "appraisalYear", String.valueOf(year)));

            for (String worker : demo) {
                HttpApi her = HttpApi.as(port, worker, "demo");
                String task = task(her, instance, "Activity_FileSelfReport", null);
                if (worker.equals("liuyang")) {
                    Response shortReport = her.post("/engine-rest/task/" + task + "/submit-form",
                            vars("selfReport", "太短"));
                    assertThat(shortReport.status()).as(shortReport.toString()).isEqualTo(400);
                    assertThat(shortReport.json().get("message").asText()).contains("述职");
                    Response byOther = HttpApi.as(port, "zhangwei", "demo").post("/engine-rest/task/" + task
                            + "/submit-form", vars("selfReport", REPORT));
                    assertThat(byOther.status()).as(byOther.toString()).isIn(403, 404);
                }
                submit(her, task, vars("selfReport", REPORT));
            }
            others(instance, "Activity_FileSelfReport", Map.of("selfReport", REPORT));

            HttpApi chenjing = HttpApi.as(port, "chenjing", "demo");
            HttpApi zhoumin = HttpApi.as(port, "zhoumin", "demo");
            submit(chenjing, task(chenjing, instance, "Activity_ProposeResult", "刘洋"),
                    vars("appraisalDecision", "RECOUNT"));
            String liuyang = task(chenjing, instance, "Activity_ProposeResult", "刘洋");
            assertThat(summary(chenjing, liuyang)).contains("已重新统计 1 次", "培训学时");
            submit(chenjing, liuyang, propose("EXCELLENT"));
            submit(chenjing, task(chenjing, instance, "Activity_ProposeResult", "赵磊"), propose("COMPETENT"));
            submit(chenjing, task(chenjing, instance, "Activity_ProposeResult", "张伟"), propose("INCOMPETENT"));
            submit(zhoumin, task(zhoumin, instance, "Activity_ProposeResult", "孙丽"), propose("BASICALLY_COMPETENT"));
            submit(zhoumin, task(zhoumin, instance, "Activity_ProposeResult", "马超"), propose("COMPETENT"));
            for (JsonNode t : chenjing.get("/engine-rest/task?processInstanceId=" + instance
                    + "&taskDefinitionKey=Activity_ProposeResult").json()) {
                assertThat(summary(chenjing, t.get("id").asText()))
                        .as("nobody proposes her own: 陈静's sheet is the street office's").doesNotContain("#### 陈静 ");
            }
            submit(gaojian, task(gaojian, instance, "Activity_ProposeResult", "陈静"), propose("COMPETENT"));
            submit(gaojian, task(gaojian, instance, "Activity_ProposeResult", "周敏"), propose("COMPETENT"));
            others(instance, "Activity_ProposeResult", Map.of("appraisalDecision", "PROPOSE", "proposedResult",
                    "COMPETENT"));

            String chenjingDecision = task(linxiao, instance, "Activity_DecideResult", "陈静");
            Response byProposer = gaojian.post("/engine-rest/task/" + chenjingDecision + "/submit-form",
                    vars("decidedResult", "EXCELLENT"));
            assertThat(byProposer.status()).as(byProposer.toString()).isIn(403, 404);
            Response byHead = chenjing.post("/engine-rest/task/" + task(gaojian, instance, "Activity_DecideResult",
                    "刘洋") + "/submit-form", vars("decidedResult", "EXCELLENT"));
            assertThat(byHead.status()).as(byHead.toString()).isIn(403, 404);
            submit(linxiao, chenjingDecision, vars("decidedResult", "COMPETENT"));
            submit(linxiao, task(linxiao, instance, "Activity_DecideResult", "周敏"), vars("decidedResult", "COMPETENT"));
            for (String[] d : new String[][] {{"刘洋", "EXCELLENT"}, {"赵磊", "COMPETENT"}, {"张伟", "INCOMPETENT"},
                    {"孙丽", "BASICALLY_COMPETENT"}, {"马超", "COMPETENT"}}) {
                submit(gaojian, task(gaojian, instance, "Activity_DecideResult", d[0]), vars("decidedResult", d[1]));
            }
            others(instance, "Activity_DecideResult", Map.of("decidedResult", "COMPETENT"));

            HttpApi sunli = HttpApi.as(port, "sunli", "demo");
            HttpApi machao = HttpApi.as(port, "machao", "demo");
            String sunliObjection = task(sunli, instance, "Activity_FileObjection", null);
            Response objectionByOther = machao.post("/engine-rest/task/" + sunliObjection + "/submit-form",
                    vars("objection", "替她提异议"));
            assertThat(objectionByOther.status()).as(objectionByOther.toString()).isIn(403, 404);
            submit(sunli, sunliObjection, vars("objection", "全年承办诉求按时办结，请复核"));
            submit(machao, task(machao, instance, "Activity_FileObjection", null), vars("objection", "请复核"));
            Response selfReview = sunli.get("/engine-rest/task?processInstanceId=" + instance
                    + "&taskDefinitionKey=Activity_ReviewObjection");
            assertThat(selfReview.json().size()).isZero();
            submit(gaojian, task(gaojian, instance, "Activity_ReviewObjection", "孙丽"),
                    vars("objectionRuling", "CHANGED", "changedResult", "COMPETENT", "rulingReason", "复核实绩后改为合格"));
            submit(gaojian, task(gaojian, instance, "Activity_ReviewObjection", "马超"),
                    vars("objectionRuling", "UPHELD", "rulingReason", "实绩与结果相符"));

            for (Job timer : management.createJobQuery().processInstanceId(instance).timers().list()) {
                management.executeJob(timer.getId());
            }
            assertThat(result("liuyang", year)).isEqualTo("EXCELLENT");
            assertThat(grade("liuyang")).isEqualTo(grades.get("liuyang") + 1);
            assertThat(result("sunli", year)).isEqualTo("COMPETENT");
            assertThat(result("machao", year)).isEqualTo("COMPETENT");
            assertThat(result("zhangwei", year)).isEqualTo("INCOMPETENT");
            assertThat(grade("zhangwei")).isEqualTo(grades.get("zhangwei"));
            assertThat(jdbc.queryForObject("select proposed_by from worker_appraisal w join community_worker c"
                    + " on c.id = w.worker_id where c.username = 'chenjing' and w.appraisal_year = ?", String.class,
                    year)).as("the street office's own proposal is not a head's").isNull();
            assertThat(jdbc.queryForObject("select appraised_by from worker_appraisal w join community_worker c"
                    + " on c.id = w.worker_id where c.username = 'chenjing' and w.appraisal_year = ?", String.class,
                    year)).isEqualTo("linxiao");

            Response followUpByWorker = HttpApi.as(port, "zhangwei", "demo").post("/engine-rest/task/"
                    + task(linxiao, instance, "Activity_FollowUpIncompetent", "张伟") + "/submit-form",
                    vars("followUp", "自己写"));
            assertThat(followUpByWorker.status()).isIn(403, 404);
            submit(linxiao, task(linxiao, instance, "Activity_FollowUpIncompetent", "张伟"),
                    vars("followUp", "制定三个月整改计划，每月由社区负责人跟进"));
            assertThat(gaojian.get("/engine-rest/process-instance/" + instance).status()).isEqualTo(404);
            assertThat(jdbc.queryForObject("select follow_up from appraisal_sheet s join community_worker c"
                    + " on c.id = s.worker_id where c.username = 'zhangwei'", String.class)).contains("整改计划");
            instance = null;
        } finally {
            if (instance != null) {
                gaojian.delete("/engine-rest/process-instance/" + instance);
            }
            jdbc.update("delete from worker_appraisal where appraised_at > ?", Timestamp.from(before));
            jdbc.update("delete from worker_grade_change where recorded_at > ?", Timestamp.from(before));
            grades.forEach((u, g) -> jdbc.update("update community_worker set grade = ? where username = ?", g, u));
            jdbc.update("delete from appraisal_sheet where round_id in (select id from appraisal_round"
                    + " where street_code = 'qinghe')");
            jdbc.update("delete from appraisal_round where street_code = 'qinghe'");
        }
    }

    private static final List<String> DEMO_NAMES = List.of("陈静", "赵磊", "张伟", "刘洋", "周敏", "孙丽", "马超");

    /**
     * The tasks of workers other tests of this context added to the street: submitted through the engine as their
     * assignee or first candidate, so that the street's round can go on.
     */
    private void others(String instance, String key, Map<String, Object> form) {
        for (Task t : tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).list()) {
            Object summary = tasks.getVariableLocal(t.getId(), "caseSummary");
            if (summary != null && DEMO_NAMES.stream().anyMatch(n -> summary.toString().startsWith("#### " + n + " "))) {
                continue;
            }
            String actor = t.getAssignee() != null ? t.getAssignee() : tasks.getIdentityLinksForTask(t.getId())
                    .stream().map(IdentityLink::getUserId).filter(u -> u != null).findFirst().orElseThrow();
            identity.setAuthentication(actor, List.of());
            try {
                forms.submitTaskForm(t.getId(), form);
            } finally {
                identity.clearAuthentication();
            }
        }
    }

    private static Map<String, Object> propose(String result) {
        return vars("appraisalDecision", "PROPOSE", "proposedResult", result, "proposalComment", "工作扎实");
    }

    private String result(String username, int year) {
        return jdbc.queryForObject("select result from worker_appraisal w join community_worker c on c.id = w.worker_id"
                + " where c.username = ? and w.appraisal_year = ?", String.class, username, year);
    }

    private int grade(String username) {
        return jdbc.queryForObject("select grade from community_worker where username = ?", Integer.class, username);
    }

    private static void submit(HttpApi user, String task, Map<String, Object> variables) {
        Response r = user.post("/engine-rest/task/" + task + "/submit-form", variables);
        assertThat(r.status()).as(r.toString()).isIn(200, 204);
    }

    private static String summary(HttpApi user, String task) {
        return user.get("/engine-rest/task/" + task + "/form-variables?variableNames=caseSummary").json()
                .at("/caseSummary/value").asText();
    }

    /** The user's task of this kind; with a name, the one whose sheet names that worker. */
    private static String task(HttpApi user, String instance, String key, String name) {
        JsonNode list = user.get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + key).json();
        for (JsonNode t : list) {
            if (name == null || summary(user, t.get("id").asText()).contains("#### " + name + " ")) {
                return t.get("id").asText();
            }
        }
        throw new AssertionError(key + (name == null ? "" : " for " + name) + " not found among " + list);
    }
}
