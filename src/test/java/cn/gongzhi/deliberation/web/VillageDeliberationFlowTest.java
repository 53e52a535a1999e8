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
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A village matter in 柳树村 from the Party branch's proposal to result disclosure, through the engine REST API as
 * the secretary, the committee and the supervision committee would work it, with the public board in between.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VillageDeliberationFlowTest {

    @LocalServerPort
    int port;

    @Autowired
    HistoryService historyService;

    @Autowired
    ManagementService managementService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void villageMatterRunsFromProposalToResultDisclosureWithLawfulMeetings() {
        HttpApi liming = HttpApi.as(port, "liming", "demo");
        String number = start(liming, Map.of());

        // one shoulder in 柳树村: proposal and joint meeting are merged
        assertThat(taskKey(liming, number)).isEqualTo("Activity_HoldJointMeeting");
        Response tooMany = submitMeeting(liming, number, 4, 3, 2);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("message").asText()).contains("超过实到人数");
        // the roll on the form is the registry's current term, by name; a tick off it is refused, naming the field
        String joint = taskId(liming, number);
        assertThat(MeetingFormSupport.roll(liming, joint)).extracting(o -> o.get("label").asText())
                .containsExactlyInAnyOrder("李明", "王秀英", "张建国", "刘德");
        Map<String, Object> offRoll = meetingWith(liming, joint, 4, 3, 1, "attendance",
                MeetingFormSupport.ticks(List.of("m1", "p999999")));
        Response stranger = liming.post("/engine-rest/task/" + joint + "/submit-form", offRoll);
        assertThat(stranger.status()).as(stranger.toString()).isEqualTo(400);
        assertThat(stranger.json().get("message").asText()).contains("到会人员只能从列出的选项中选择");
        Response typedCount = liming.post("/engine-rest/task/" + joint + "/submit-form", meetingWith(liming, joint,
                3, 3, 0, "presentCount", Map.of("value", 4, "type", "Integer")));
        assertThat(typedCount.status()).as("present is counted from the ticks").isEqualTo(400);
        assertThat(typedCount.json().get("message").asText()).contains("按勾选的到会人员计算");
        assertThat(submitMeeting(liming, number, 4, 3, 1).status()).isEqualTo(204);

        // Party members' assembly: 5 due (members in service elsewhere are not), 3 present is no quorum
        assertThat(taskKey(liming, number)).isEqualTo("Activity_HoldPartyAssembly");
        assertThat(submitMeeting(liming, number, 3, 3, 0).status()).isEqualTo(204);
        assertThat(taskKey(liming, number)).as("held again").isEqualTo("Activity_HoldPartyAssembly");
        // the meeting held again starts from an empty form: none of the failed meeting's numbers, ticks or minutes;
        // the form says why it is held again
        JsonNode again = liming.get("/engine-rest/task/" + taskId(liming, number) + "/form-variables").json();
        assertThat(again.has("presentCount") || again.has("votesFor") || again.has("householdsPresent")
                || again.has("attendance") || again.has("heldOn") || again.has("minutes"))
                .as("prefilled: %s", again).isFalse();
        assertThat(again.get("caseSummary").get("value").asText())
                .contains("上次党员大会未达到法定人数：实到 3 人，应到 5 人", "两委联席会议", "通过", "村东道路硬化");
        assertThat(submitMeeting(liming, number, 4, 3, 1).status()).isEqualTo(204);

        // villagers' representative assembly: 15 members due
        assertThat(taskKey(liming, number)).isEqualTo("Activity_HoldResolution");
        assertThat(submitMeeting(liming, number, 12, 10, 1).status()).isEqualTo(204);
        SavePointJobs.pass(managementService);

        JsonNode record = liming.get("/api/deliberations/" + number).json();
        assertThat(record.get("status").asText()).isEqualTo("RESOLVED");
        // the meeting record keeps the forms' values: Camunda's history does not keep a second copy of them
        String instance = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number)
                .singleResult().getId();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).list())
                .extracting(v -> v.getName()).contains("meetingVerdict")
                .doesNotContainAnyElementsOf(List.of("heldOn", "attendance", "presentCount", "householdsPresent",
                        "votesFor", "votesAgainst", "votesAbstain", "minutes", "title", "plan"));
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list())
                .extracting(d -> ((HistoricVariableUpdate) d).getVariableName())
                .doesNotContain("heldOn", "presentCount", "votesFor", "votesAgainst");
        JsonNode meetings = record.get("meetings");
        assertThat(meetings.size()).isEqualTo(4);
        assertThat(meetings.get(0).get("dueCount").asInt()).isEqualTo(4);
        assertThat(meetings.get(0).get("dueToAttend").asText()).contains("李明", "刘德");
        assertThat(meetings.get(1).get("dueCount").asInt()).isEqualTo(5);
        assertThat(meetings.get(1).get("dueToAttend").asText()).contains("马玉珍").doesNotContain("周志刚");
        assertThat(meetings.get(1).get("verdict").asText()).isEqualTo("NO_QUORUM");
        assertThat(meetings.get(1).get("passed").asBoolean()).isFalse();
        assertThat(meetings.get(3).get("dueCount").asInt()).isEqualTo(15);
        assertThat(meetings.get(3).get("verdict").asText()).isEqualTo("PASSED");

        // the resolution is on the public board; a resident objects during the window
        String notice = record.get("notices").get(0).asText();
        HttpApi resident = HttpApi.anonymous(port).withHeader("X-Forwarded-For", "203.0.113.77");
        JsonNode board = resident.get("/api/disclosures").json();
        JsonNode shown = find(board, notice);
        assertThat(shown.get("objectionsOpen").asBoolean()).isTrue();
        assertThat(shown.get("kindLabel").asText()).isEqualTo("决议公开");
        JsonNode vote = shown.get("vote");
        assertThat(vote.get("body").asText()).as("the vote of the assembly that passed it").isEqualTo("村民代表会议");
        assertThat(vote.get("due").asInt()).isEqualTo(15);
        assertThat(vote.get("present").asInt()).isEqualTo(12);
        assertThat(vote.get("votesFor").asInt()).isEqualTo(10);
        assertThat(vote.get("votesAgainst").asInt()).isEqualTo(1);
        assertThat(vote.get("householdsDue").isNull()).as("a representative assembly counts no households").isTrue();
        // the board filtered by community: 柳树村's notice, not under 和园社区
        assertThat(find(resident.get("/api/disclosures?communityCode=liushu").json(), notice)).isNotNull();
        assertThat(resident.get("/api/disclosures?communityCode=heyuan").json().findValuesAsText("number"))
                .doesNotContain(notice);
        assertThat(resident.get("/api/disclosures?communityCode=liushu").json().findValuesAsText("communityCode"))
                .containsOnly("liushu");
        assertThat(resident.post("/api/disclosures/" + notice + "/objections", Map.of("content", "")).status())
                .isEqualTo(400);
        assertThat(resident.post("/api/disclosures/" + notice + "/objections",
                Map.of("content", "<script>alert(1)</script>")).status()).isEqualTo(400);
        Response objected = resident.post("/api/disclosures/" + notice + "/objections",
                Map.of("content", "集资比例没有征求外出务工村民意见"));
        assertThat(objected.status()).as(objected.toString()).isEqualTo(201);
        String objection = objected.json().get("objectionNumber").asText();
        assertThat(objection).matches("O-\\d{4}-\\d{6}");
        assertThat(objected.json().get("objectionCount").asInt()).as("counted at once").isOne();
        assertThat(resident.get("/api/disclosures/" + objection).status()).as("nothing is read by its number")
                .isEqualTo(404);
        assertThat(resident.get("/api/disclosures/" + notice).body()).doesNotContain(objection);

        // the window elapses: later objections are refused and nothing is written
        elapseWindow(notice);
        Response late = resident.post("/api/disclosures/" + notice + "/objections", Map.of("content", "再提一条"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("detail").asText()).contains("异议期已于").contains("不再受理");
        assertThat(resident.get("/api/disclosures/" + notice).json().get("objectionCount").asInt()).isEqualTo(1);

        // the village affairs supervision committee dismisses it and the reasons are published
        HttpApi supervisor = HttpApi.as(port, "mayuzhen", "demo");
        String review = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(notice)
                .singleResult().getId();
        String reviewTask = supervisor.get("/engine-rest/task?processInstanceId=" + review).json().get(0).get("id")
                .asText();
        // the committee reads the objections it rules on, on its own form
        assertThat(supervisor.get("/engine-rest/task/" + reviewTask + "/form-variables").json().get("caseSummary")
                .get("value").asText()).contains("收到异议 1 件", "集资比例没有征求外出务工村民意见", "村东道路硬化");
        assertThat(supervisor.post("/engine-rest/task/" + reviewTask + "/submit-form", vars("objectionRuling",
                "DISMISSED", "rulingReasons", "外出务工村民已通过微信群征求意见，记录在案")).status()).isEqualTo(204);
        JsonNode archived = find(resident.get("/api/disclosures?view=archived").json(), notice);
        assertThat(archived.get("ruling").asText()).isEqualTo("DISMISSED");
        assertThat(archived.get("rulingReasons").asText()).contains("微信群");

        // implementation, then the result is disclosed and nobody objects
        assertThat(taskKey(liming, number)).isEqualTo("Activity_ImplementResolution");
        assertThat(submit(liming, number, vars("implementationReport", "道路硬化 1.2 公里完工，验收合格"))
                .status()).isEqualTo(204);
        SavePointJobs.pass(managementService);
        String resultNotice = liming.get("/api/deliberations/" + number).json().get("notices").get(1).asText();
        elapseWindow(resultNotice);
        assertThat(liming.get("/api/deliberations/" + number).json().get("status").asText()).isEqualTo("COMPLETED");
        assertThat(find(resident.get("/api/disclosures?view=archived").json(), resultNotice).get("kindLabel")
                .asText()).isEqualTo("实施结果公开");
        assertThat(find(resident.get("/api/disclosures?view=archived").json(), resultNotice).get("vote").isNull())
                .as("a result notice has no vote").isTrue();
    }

    @Test
    void villagersMotionBelowTheThresholdIsRefusedAndLeavesNothingBehind() {
        HttpApi liming = HttpApi.as(port, "liming", "demo");
        int before = jdbc.queryForObject("select count(*) from deliberation", Integer.class);
        long instances = runtimeService.createProcessInstanceQuery().count();
        Response refused = liming.post("/engine-rest/process-definition/key/VillageDeliberationProcess/submit-form",
                startForm(Map.of("origin", "VILLAGERS_MOTION", "motionBasis", "VILLAGERS", "motionSupporters", 149)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).contains("1/10").contains("150");
        assertThat(jdbc.queryForObject("select count(*) from deliberation", Integer.class)).isEqualTo(before);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);

        assertThat(start(liming, Map.of("origin", "VILLAGERS_MOTION", "motionBasis", "VILLAGERS",
                "motionSupporters", 150))).startsWith("D-");
    }

    @Test
    void aTitleTooLongForItsNoticesIsRefusedAtTheStartNotWhenTheNoticeIsPublished() {
        HttpApi liming = HttpApi.as(port, "liming", "demo");
        long before = jdbc.queryForObject("select count(*) from deliberation", Long.class);
        Response tooLong = liming.post("/engine-rest/process-definition/key/VillageDeliberationProcess/submit-form",
                startForm(Map.of("title", "修".repeat(194))));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("message").asText()).contains("193");
        assertThat(jdbc.queryForObject("select count(*) from deliberation", Long.class)).isEqualTo(before);
        // the longest title that fits still makes a notice: 实施结果公开： and 193 characters fill the column
        String number = start(liming, Map.of("title", "修".repeat(193)));
        assertThat(liming.get("/api/deliberations/" + number).json().get("title").asText()).hasSize(193);
    }

    private String start(HttpApi user, Map<String, Object> overrides) {
        Response started = user.post("/engine-rest/process-definition/key/VillageDeliberationProcess/submit-form",
                startForm(overrides));
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        return historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(started.json().get("id").asText()).singleResult().getBusinessKey();
    }

    private static Map<String, Object> startForm(Map<String, Object> overrides) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>(Map.of(
                "title", "村东道路硬化", "plan", "硬化 1.2 公里，村集体出资 30%，其余申请专项资金",
                "origin", "PARTY_BRANCH", "resolutionBody", "VILLAGER_REPRESENTATIVE_ASSEMBLY"));
        fields.putAll(overrides);
        Object[] flat = fields.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                .toArray();
        return vars(flat);
    }

    private Response submitMeeting(HttpApi user, String number, int present, int votesFor, int votesAgainst) {
        String task = user.get("/engine-rest/task?processInstanceBusinessKey=" + number).json().get(0).get("id")
                .asText();
        return user.post("/engine-rest/task/" + task + "/submit-form", MeetingFormSupport.meeting(user, task,
                LocalDate.now().minusDays(1).toString(), present, votesFor, votesAgainst, 0, "会议记录：讨论方案并表决"));
    }

    private String taskId(HttpApi user, String number) {
        return user.get("/engine-rest/task?processInstanceBusinessKey=" + number).json().get(0).get("id").asText();
    }

    /** A meeting form with one variable replaced or added. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> meetingWith(HttpApi user, String task, int present, int votesFor,
            int votesAgainst, String name, Object value) {
        Map<String, Object> variables = new java.util.LinkedHashMap<>((Map<String, Object>) MeetingFormSupport
                .meeting(user, task, LocalDate.now().minusDays(1).toString(), present, votesFor, votesAgainst, 0,
                        "会议记录").get("variables"));
        variables.put(name, value);
        return Map.of("variables", variables);
    }

    private String taskKey(HttpApi user, String number) {
        JsonNode tasks = user.get("/engine-rest/task?processInstanceBusinessKey=" + number).json();
        assertThat(tasks.size()).as("one task of %s", number).isEqualTo(1);
        return tasks.get(0).get("taskDefinitionKey").asText();
    }

    private Response submit(HttpApi user, String number, Map<String, Object> variables) {
        String task = user.get("/engine-rest/task?processInstanceBusinessKey=" + number).json().get(0).get("id")
                .asText();
        return user.post("/engine-rest/task/" + task + "/submit-form", variables);
    }

    private void elapseWindow(String notice) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(notice)
                .singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers()
                .singleResult().getId());
    }

    private static JsonNode find(JsonNode notices, String number) {
        for (JsonNode notice : notices) {
            if (notice.get("number").asText().equals(number)) {
                return notice;
            }
        }
        throw new AssertionError(number + " not on the board: " + notices);
    }
}
