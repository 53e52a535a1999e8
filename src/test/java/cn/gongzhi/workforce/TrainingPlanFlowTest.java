package cn.gongzhi.workforce;

import static cn.gongzhi.petition.web.PetitionApiTestSupport.vars;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.registry.WorkerTraining;
import cn.gongzhi.registry.WorkerTraining.Plan;
import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A yearly training plan through the engine REST API as Tasklist does it, with the demo logins: 陈静 (head of
 * 和园社区) starts it by hand and chooses her community and the year by name; she plans this year's courses for each
 * of her workers, 赵磊 short of the hours with a reason; 高建 (清河街道党工委) returns it once with a comment and then
 * approves; 赵磊 sees his one planned course on his record. Refused on the way, each writing nothing: a shortfall
 * without a reason (400 naming the plans), another community's head reviewing (403/404), a second round for the same
 * community and year (400). The demo plans are put back afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrainingPlanFlowTest {

    private static final String START = "/engine-rest/process-definition/key/TrainingPlanProcess/submit-form";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    WorkerTraining training;

    @Test
    void theHeadPlansHerWorkersCoursesAndTheStreetApprovesAfterAReturn() {
        HttpApi head = HttpApi.as(port, "chenjing", "demo");
        HttpApi office = HttpApi.as(port, "gaojian", "demo");
        HttpApi otherHead = HttpApi.as(port, "zhoumin", "demo");
        int year = LocalDate.now(clock).getYear();
        long heyuan = jdbc.queryForObject("select id from community where code = 'heyuan'", Long.class);
        List<Long> workers = jdbc.queryForList("select id from community_worker where community_id = ? order by id",
                Long.class, heyuan);
        Map<Long, List<Long>> demoPlans = new LinkedHashMap<>();
        workers.forEach(w -> demoPlans.put(w, training.plan(w, year).map(Plan::courseIds).orElse(List.of())));
        long zhaolei = jdbc.queryForObject("select id from community_worker where username = 'zhaolei'", Long.class);
        try {
            Response started = head.post(START, vars());
            assertThat(started.status()).as(started.toString()).isEqualTo(200);
            String instance = started.json().get("id").asText();
            JsonNode choose = head.onlyTask(instance);
            assertThat(choose.get("taskDefinitionKey").asText()).isEqualTo("Activity_ChoosePlanCommunity");
            head.submitOnlyTask(instance, vars("community", option(head, choose, "planCommunityOptions", "和园社区"),
                    "planYear", String.valueOf(year)));

            JsonNode draft = head.onlyTask(instance);
            assertThat(draft.get("taskDefinitionKey").asText()).isEqualTo("Activity_DraftPlan");
            List<String> all = values(head, draft, "planCourseOptions");
            assertThat(all).hasSizeGreaterThanOrEqualTo(3);
            String governance = option(head, draft, "planCourseOptions", "社区治理与居民议事实务");
            Response noReason = head.post("/engine-rest/task/" + draft.get("id").asText() + "/submit-form",
                    plans(workers, all, zhaolei, List.of(governance), ""));
            assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
            assertThat(noReason.json().get("message").asText()).contains("赵磊", "说明原因");
            assertThat(jdbc.queryForObject("select count(*) from training_plan_choice", Integer.class)).isZero();
            head.submitOnlyTask(instance, plans(workers, all, zhaolei, List.of(governance), "年中借调区里，下半年补学"));

            JsonNode review = office.onlyTask(instance);
            assertThat(review.get("taskDefinitionKey").asText()).isEqualTo("Activity_ReviewPlan");
            Response byOtherHead = otherHead.post("/engine-rest/task/" + review.get("id").asText() + "/submit-form",
                    vars("planDecision", "APPROVE"));
            assertThat(byOtherHead.status()).as(byOtherHead.toString()).isIn(403, 404);
            office.submitOnlyTask(instance, vars("planDecision", "RETURN", "reviewComment", "请写明赵磊补学的安排"));
            JsonNode again = head.onlyTask(instance);
            assertThat(head.get("/engine-rest/task/" + again.get("id").asText()
                    + "/form-variables?variableNames=caseSummary").json().at("/caseSummary/value").asText())
                    .contains("请写明赵磊补学的安排");
            head.submitOnlyTask(instance, plans(workers, all, zhaolei, List.of(governance), "借调至十月，十一月起补学"));
            office.submitOnlyTask(instance, vars("planDecision", "APPROVE"));

            assertThat(training.plan(zhaolei, year).orElseThrow().courseIds()).containsExactly(Long.valueOf(governance));
            JsonNode his = HttpApi.as(port, "zhaolei", "demo").get("/api/workers/me").json();
            assertThat(his.at("/training/plannedCourses").size()).isEqualTo(1);
            assertThat(his.at("/training/plannedCourses").toString()).contains("社区治理与居民议事实务");
            assertThat(his.at("/training/hoursRequired").asInt()).isEqualTo(48);

            Response second = office.post(START, vars());
            String duplicate = second.json().get("id").asText();
            Response refused = office.post("/engine-rest/task/" + office.onlyTask(duplicate).get("id").asText()
                    + "/submit-form", vars("community", String.valueOf(heyuan), "planYear", String.valueOf(year)));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.json().get("message").asText()).contains("不能重复发起");
            office.delete("/engine-rest/process-instance/" + duplicate);
        } finally {
            training.writePlans(year, 48, demoPlans);
            jdbc.update("delete from training_plan_choice");
            jdbc.update("delete from training_plan_shortfall");
            jdbc.update("delete from training_plan_round");
        }
    }

    /** Every worker all courses, but {@code shortWorker} only {@code short}, with {@code reason}. */
    private static Map<String, Object> plans(List<Long> workers, List<String> all, long shortWorker,
            List<String> shortCourses, String reason) {
        ArrayNode rows = JSON.createArrayNode();
        for (Long worker : workers) {
            ObjectNode row = rows.addObject().put("worker", String.valueOf(worker));
            ArrayNode courses = row.putArray("courses");
            (worker == shortWorker ? shortCourses : all).forEach(courses::add);
            row.put("reason", worker == shortWorker ? reason : "");
        }
        return Map.of("variables", Map.of("plans", Map.of("value", rows.toString(), "type", "Json")));
    }

    private static JsonNode options(HttpApi user, JsonNode task, String optionsKey) {
        JsonNode raw = user.get("/engine-rest/task/" + task.get("id").asText() + "/form-variables?variableNames="
                + optionsKey + "&deserializeValues=false").json().at("/" + optionsKey + "/value");
        try {
            return raw.isTextual() ? JSON.readTree(raw.asText()) : raw;
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> values(HttpApi user, JsonNode task, String optionsKey) {
        List<String> values = new ArrayList<>();
        options(user, task, optionsKey).forEach(o -> values.add(o.get("value").asText()));
        return values;
    }

    private static String option(HttpApi user, JsonNode task, String optionsKey, String label) {
        for (JsonNode option : options(user, task, optionsKey)) {
            if (option.get("label").asText().startsWith(label)) {
                return option.get("value").asText();
            }
        }
        throw new AssertionError(label + " not offered: " + options(user, task, optionsKey));
    }
}
