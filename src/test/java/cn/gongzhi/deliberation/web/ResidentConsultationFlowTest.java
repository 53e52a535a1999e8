package cn.gongzhi.deliberation.web;

import static cn.gongzhi.petition.web.PetitionApiTestSupport.vars;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import cn.gongzhi.support.SavePointJobs;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An urban consultation in 和园社区, end to end through the engine REST API, and the board page itself. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResidentConsultationFlowTest {

    @LocalServerPort
    int port;

    @Autowired
    HistoryService historyService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Test
    void consultationRunsFromTopicToFeedback() {
        HttpApi secretary = HttpApi.as(port, "wangfang", "demo");
        HttpApi director = HttpApi.as(port, "huangqiang", "demo");
        Response started = secretary.post(
                "/engine-rest/process-definition/key/ResidentConsultationProcess/submit-form",
                vars("title", "3号楼加装电梯", "plan", "加装电梯两部，费用按楼层分摊",
                        "topicSource", "RECURRING_PETITIONS", "resolutionBody", "RESIDENT_REPRESENTATIVE_ASSEMBLY"));
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        String number = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(started.json().get("id").asText()).singleResult().getBusinessKey();

        submit(secretary, number, vars("topicDecision", "ACCEPTED", "reviewNote", "列入 12 月议事会"));
        // whom to notify is ticked from the kinds of stakeholders the form offers; a kind it does not offer is refused
        Response unknownKind = submitRaw(director, number, Map.of("variables", Map.of("stakeholders",
                MeetingFormSupport.ticks(List.of("OWNERS_COMMITTEE", "TAXI_DRIVERS")), "noticeText",
                Map.of("value", "12 月 5 日议事厅", "type", "String"))));
        assertThat(unknownKind.status()).as(unknownKind.toString()).isEqualTo(400);
        assertThat(unknownKind.json().get("message").asText()).contains("通知对象只能从列出的选项中选择");
        // the consultation's time is picked, never typed into the notice; a time already past is refused
        Response past = submitRaw(director, number, Map.of("variables", Map.of("stakeholders",
                MeetingFormSupport.ticks(List.of("OWNERS_COMMITTEE")),
                "consultationAt", Map.of("value", java.time.LocalDateTime.now().minusHours(1).withNano(0).toString()
                        .substring(0, 16), "type", "String"),
                "consultationPlace", Map.of("value", "社区议事厅", "type", "String"),
                "noticeText", Map.of("value", "带上意见", "type", "String"))));
        assertThat(past.status()).as(past.toString()).isEqualTo(400);
        assertThat(past.json().get("message").asText()).contains("协商会议时间须晚于现在");
        String meetsAt = java.time.LocalDate.now().plusDays(2) + "T19:00";
        submit(director, number, Map.of("variables", Map.of("stakeholders",
                MeetingFormSupport.ticks(List.of("OWNERS_COMMITTEE", "PROPERTY_FIRM", "RESIDENT_GROUPS")),
                "consultationAt", Map.of("value", meetsAt, "type", "String"),
                "consultationPlace", Map.of("value", "社区议事厅", "type", "String"),
                "noticeText", Map.of("value", "请带上各楼栋的意见", "type", "String"))));
        assertThat(director.get("/api/deliberations/" + number).toString())
                .contains("协商会议 " + meetsAt.replace('T', ' ') + "，社区议事厅");
        submit(director, number, vars("participantCount", 23, "opinions", "同意加装；一楼住户要求补偿"));
        // the residents' representative assembly of 和园社区 has 10 members: 6 present, 4 for
        String meeting = director.get("/engine-rest/task?processInstanceBusinessKey=" + number).json().get(0)
                .get("id").asText();
        submit(director, number, MeetingFormSupport.meeting(director, meeting, LocalDate.now().toString(), 6, 4, 1, 1,
                "表决通过"));
        submit(director, number, vars("implementationReport", "两部电梯已安装并验收"));
        SavePointJobs.pass(managementService);
        String notice = director.get("/api/deliberations/" + number).json().get("notices").get(0).asText();
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(notice)
                .singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers()
                .singleResult().getId());
        submit(director, number, vars("feedback", "居民满意，一楼补偿已到位"));

        JsonNode record = director.get("/api/deliberations/" + number).json();
        assertThat(record.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(record.get("kind").asText()).isEqualTo("URBAN");
        assertThat(record.get("meetings").get(0).get("dueCount").asInt()).isEqualTo(10);
        assertThat(record.get("meetings").get(0).get("verdict").asText()).isEqualTo("PASSED");
        assertThat(record.get("meetings").get(0).get("attendees").asText().split("、")).hasSize(6);
        assertThat(record.get("steps").toString()).contains("业主委员会、物业服务企业、居民小组及相关居民");
        assertThat(record.get("steps").toString()).contains("TOPIC_ACCEPTED", "STAKEHOLDERS_NOTIFIED", "CONSULTED",
                "IMPLEMENTED", "FEEDBACK", "COMPLETED");
    }

    @Test
    void theBoardPageIsPublic() {
        Response page = HttpApi.anonymous(port).get("/disclosures/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("公开栏", "disclosures.js");
        assertThat(HttpApi.anonymous(port).get("/disclosures/disclosures.js").body()).contains("textContent")
                .doesNotContain("innerHTML");
        assertThat(HttpApi.anonymous(port).get("/api/disclosures?view=everything").status()).isEqualTo(400);
        assertThat(HttpApi.anonymous(port).get("/api/deliberations/D-2026-000001").status()).isEqualTo(401);
    }

    private Response submitRaw(HttpApi user, String number, Map<String, Object> variables) {
        String task = user.get("/engine-rest/task?processInstanceBusinessKey=" + number).json().get(0).get("id")
                .asText();
        return user.post("/engine-rest/task/" + task + "/submit-form", variables);
    }

    private void submit(HttpApi user, String number, Map<String, Object> variables) {
        JsonNode tasks = user.get("/engine-rest/task?processInstanceBusinessKey=" + number).json();
        assertThat(tasks.size()).as("the user's task of %s", number).isEqualTo(1);
        Response done = user.post("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/submit-form", variables);
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }
}
