package cn.gongzhi.members;

import static cn.gongzhi.petition.web.PetitionApiTestSupport.vars;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.registry.PartyMemberReporting;
import cn.gongzhi.registry.PartyMemberReporting.DutyRef;
import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A micro-wish of 和园社区 through the engine REST API as Tasklist does it, with the demo logins: the Party secretary
 * publishes it for a resident, an active member claims it, records her service, the secretary confirms it, a worker
 * records the resident's confirmation, and the public page shows it met, without the resident. Refused on the way,
 * each writing nothing: a member who is not active claiming, another member recording her service, another
 * community's branch seeing it, a grid worker publishing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommunityServiceFlowTest {

    private static final String START = "/engine-rest/process-definition/key/CommunityServiceProcess/submit-form";
    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @LocalServerPort
    int port;

    @Autowired
    PartyMemberReporting reporting;

    @Autowired
    ManagementService managementService;

    @Autowired
    ServiceFigures figures;

    @Autowired
    Clock clock;

    @Test
    void anActiveMemberMeetsAMicroWishAndThePublicPageShowsItMet() {
        HttpApi he = HttpApi.as(port, "hexiaoyan", "demo");
        HttpApi zheng = HttpApi.as(port, "zhengguohua", "demo");
        HttpApi secretary = HttpApi.as(port, "wangfang", "demo");
        HttpApi worker = HttpApi.as(port, "chenjing", "demo");
        HttpApi otherBranch = HttpApi.as(port, "liming", "demo");
        HttpApi anonymous = HttpApi.anonymous(port);
        long memberId = reporting.reportableBy("hexiaoyan").get(0).memberId();
        reporting.report(memberId, "heyuan", "hexiaoyan", "community-service-flow");
        DutyRef post = reporting.vacantDuties("heyuan").get(0);
        reporting.confirm(memberId, post.kind(), post.id());
        try {
            LocalDateTime start = LocalDateTime.now(clock).plusDays(3).withHour(9).withMinute(0).withSecond(0)
                    .withNano(0);
            Map<String, Object> wish = vars("kind", "MICRO_WISH", "title", "帮独居老人修理水龙头",
                    "description", "3号楼一位独居老人家的水龙头漏水", "places", 1,
                    "startsAt", PICKER.format(start), "endsAt", PICKER.format(start.plusHours(2)),
                    "claimDeadline", PICKER.format(start.minusDays(1)),
                    "residentName", "李秀英", "residentPhone", "13812345678");

            Response byGridWorker = HttpApi.as(port, "zhangwei", "demo").post(START, wish);
            assertThat(byGridWorker.status()).as("a grid worker publishes no service").isEqualTo(403);
            Response started = secretary.post(START, wish);
            assertThat(started.status()).as(started.toString()).isEqualTo(200);
            String instance = started.json().get("id").asText();

            assertThat(zheng.get("/engine-rest/task?processInstanceId=" + instance).json().size())
                    .as("a member who is not active is not offered the claim").isZero();
            JsonNode claim = he.onlyTask(instance);
            Response claimedByZheng = zheng.post("/engine-rest/task/" + claim.get("id").asText() + "/submit-form",
                    vars());
            assertThat(claimedByZheng.status()).as(claimedByZheng.toString()).isIn(403, 404);
            assertThat(board(anonymous).get(0).get("statusLabel").asText()).isEqualTo("待认领");

            he.submitOnlyTask(instance, vars());
            assertThat(board(anonymous).get(0).get("statusLabel").asText()).isEqualTo("已认领");

            Job reminder = managementService.createJobQuery().processInstanceId(instance)
                    .activityId("Event_ReminderDue").singleResult();
            managementService.executeJob(reminder.getId());
            JsonNode record = he.onlyTask(instance);
            assertThat(record.get("taskDefinitionKey").asText()).isEqualTo("Activity_RecordService");
            Response byAnother = zheng.post("/engine-rest/task/" + record.get("id").asText() + "/submit-form",
                    vars("hours", "2", "workDone", "修好了"));
            assertThat(byAnother.status()).as(byAnother.toString()).isIn(403, 404);
            Response tooLong = he.post("/engine-rest/task/" + record.get("id").asText() + "/submit-form",
                    vars("hours", "13", "workDone", "修好了"));
            assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
            assertThat(tooLong.json().get("message").asText()).contains("服务时长");
            he.submitOnlyTask(instance, vars("hours", "2", "workDone", "更换了水龙头的阀芯"));

            assertThat(otherBranch.get("/engine-rest/task?processInstanceId=" + instance).json().size())
                    .as("柳树村's branch does not see 和园社区's service").isZero();
            secretary.submitOnlyTask(instance, vars("serviceConfirmed", "CONFIRM"));
            LocalDate day = start.toLocalDate();
            assertThat(figures.memberHours(memberId, day, day)).isEqualByComparingTo(new BigDecimal("2"));
            assertThat(figures.hoursByMember("heyuan", day, day)).extracting(ServiceFigures.MemberHours::memberId)
                    .containsExactly(memberId);

            JsonNode callback = worker.onlyTask(instance);
            assertThat(callback.get("taskDefinitionKey").asText()).isEqualTo("Activity_RecordResidentConfirmation");
            worker.submitOnlyTask(instance, vars("wishMet", "true", "residentNote", "老人很满意"));

            Response shown = anonymous.get("/public/micro-wishes?community=heyuan");
            assertThat(shown.status()).isEqualTo(200);
            assertThat(shown.json().get(0).get("statusLabel").asText()).isEqualTo("已实现");
            assertThat(shown.body()).doesNotContain("13812345678", "李秀英", "李*", "何晓燕");
            assertThat(anonymous.get("/public/micro-wishes?community=nowhere").status()).isEqualTo(404);
        } finally {
            reporting.moveAway(memberId, "测试结束");
        }
    }

    private static JsonNode board(HttpApi anonymous) {
        return anonymous.get("/public/micro-wishes?community=heyuan").json();
    }
}
