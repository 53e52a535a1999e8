package cn.gongzhi.members;

import static cn.gongzhi.petition.web.PetitionApiTestSupport.vars;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.registry.PartyMemberReporting;
import cn.gongzhi.registry.PartyMemberReporting.DutyRef;
import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An annual feedback through the engine REST API as Tasklist does it, with the demo logins: 何晓燕 (区人民医院) is active
 * in 和园社区 with a confirmed service; the Party secretary starts the feedback by hand and chooses the unit and year
 * from lists, reviews 和园社区's part (her hours in the table), comments and sends it; the hospital's contact confirms
 * receipt; the member sees her line and the comment on her record, her unit's contact too. Refused on the way, each
 * writing nothing: another community's branch seeing the review, a second start for the same unit and year, another
 * unit's contact confirming.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnnualFeedbackFlowTest {

    private static final String START = "/engine-rest/process-definition/key/AnnualFeedbackProcess/submit-form";

    @LocalServerPort
    int port;

    @Autowired
    PartyMemberReporting reporting;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ServiceFigures figures;

    @Test
    void aBranchSendsTheYearsFeedbackAndTheUnitConfirmsIt() {
        HttpApi secretary = HttpApi.as(port, "wangfang", "demo");
        HttpApi otherBranch = HttpApi.as(port, "liming", "demo");
        HttpApi hospital = HttpApi.as(port, "yiyuan-party", "demo");
        HttpApi education = HttpApi.as(port, "jiaowei-party", "demo");
        long memberId = reporting.reportableBy("hexiaoyan").get(0).memberId();
        reporting.report(memberId, "heyuan", "hexiaoyan", "annual-feedback-flow");
        DutyRef post = reporting.vacantDuties("heyuan").get(0);
        reporting.confirm(memberId, post.kind(), post.id());
        LocalDateTime ended = LocalDateTime.now(clock).withHour(0).withMinute(30).withSecond(0).withNano(0);
        int year = ended.getYear();
        long item = serviceConfirmed(memberId, ended);
        try {
            Response started = secretary.post(START, vars());
            assertThat(started.status()).as(started.toString()).isEqualTo(200);
            String instance = started.json().get("id").asText();
            JsonNode choose = secretary.onlyTask(instance);
            assertThat(choose.get("taskDefinitionKey").asText()).isEqualTo("Activity_ChooseFeedbackUnit");
            String hospitalOrg = option(secretary, choose, "unitOptions", "区人民医院党委");
            secretary.submitOnlyTask(instance, vars("unit", hospitalOrg, "feedbackYear", String.valueOf(year)));

            JsonNode review = secretary.onlyTask(instance);
            assertThat(review.get("taskDefinitionKey").asText()).isEqualTo("Activity_ReviewFeedback");
            String summary = secretary.get("/engine-rest/task/" + review.get("id").asText()
                    + "/form-variables?variableNames=caseSummary").json().at("/caseSummary/value").asText();
            // her confirmed hours of the year in 和园社区, whatever other tests of this context let her serve
            BigDecimal hours = figures.hoursByMember("heyuan", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                    .stream().filter(h -> h.memberId() == memberId).findFirst().orElseThrow().hours();
            assertThat(hours).isGreaterThanOrEqualTo(new BigDecimal("2"));
            assertThat(summary).contains("区人民医院党委", "和园社区", "何晓燕",
                    "| " + hours.stripTrailingZeros().toPlainString() + " 小时 |");
            assertThat(otherBranch.get("/engine-rest/task?processInstanceId=" + instance).json().size())
                    .as("柳树村's branch does not see 和园社区's part").isZero();
            Map<String, Object> reviewed = new LinkedHashMap<>();
            reviewed.put("feedbackDecision", Map.of("value", "SEND", "type", "String"));
            reviewed.put("overallComment", Map.of("value", "服务积极", "type", "String"));
            reviewed.put("memberComments", Map.of("value", "[{\"member\":\"" + memberId
                    + "\",\"comment\":\"按时参加，服务认真\"}]", "type", "Json"));
            secretary.submitOnlyTask(instance, Map.of("variables", reviewed));

            Response again = secretary.post(START, vars());
            String second = again.json().get("id").asText();
            Response duplicate = secretary.post("/engine-rest/task/" + secretary.onlyTask(second).get("id").asText()
                    + "/submit-form", vars("unit", hospitalOrg, "feedbackYear", String.valueOf(year)));
            assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(400);
            assertThat(duplicate.json().get("message").asText()).contains("不能重复发起");
            secretary.delete("/engine-rest/process-instance/" + second);

            JsonNode confirm = hospital.onlyTask(instance);
            assertThat(confirm.get("taskDefinitionKey").asText()).isEqualTo("Activity_ConfirmReceipt");
            assertThat(confirm.get("due").isNull()).isFalse();
            Response byOther = education.post("/engine-rest/task/" + confirm.get("id").asText() + "/submit-form",
                    vars());
            assertThat(byOther.status()).as(byOther.toString()).isIn(403, 404);
            hospital.submitOnlyTask(instance, vars());

            JsonNode mine = HttpApi.as(port, "hexiaoyan", "demo").get("/api/members/me").json();
            JsonNode line = mine.get("feedback").get(0);
            assertThat(line.get("year").asInt()).isEqualTo(year);
            assertThat(line.get("communityName").asText()).isEqualTo("和园社区");
            assertThat(line.get("hours").decimalValue()).isEqualByComparingTo(hours);
            assertThat(line.get("comment").asText()).isEqualTo("按时参加，服务认真");
            assertThat(line.get("confirmedAt").isNull()).isFalse();
            assertThat(hospital.get("/api/members/unit").body()).contains("按时参加，服务认真");
            assertThat(education.get("/api/members/unit").body()).doesNotContain("按时参加，服务认真");
        } finally {
            jdbc.update("delete from service_claim where item_id = ?", item);
            jdbc.update("delete from service_item where id = ?", item);
            reporting.moveAway(memberId, "测试结束");
        }
    }

    /** A volunteer activity of 和园社区 she served and the branch confirmed (the community service is its own test). */
    private long serviceConfirmed(long memberId, LocalDateTime ended) {
        String key = "annual-feedback-flow-" + System.nanoTime();
        jdbc.update("insert into service_item (kind, community_code, title, description, places, starts_at, ends_at,"
                + " claim_deadline, status, published_by, published_at, process_instance_id)"
                + " values ('VOLUNTEER_ACTIVITY', 'heyuan', '社区环境整治', '清理楼道', 1, ?, ?, ?, 'DONE', 'wangfang', ?, ?)",
                Timestamp.valueOf(ended.minusHours(2)), Timestamp.valueOf(ended),
                Timestamp.valueOf(ended.minusDays(1)), Timestamp.valueOf(ended.minusDays(2)), key);
        long item = jdbc.queryForObject("select id from service_item where process_instance_id = ?", Long.class, key);
        jdbc.update("insert into service_claim (item_id, member_id, member_login, claimed_at, status, hours, work_done,"
                + " recorded_at, confirmed_by, confirmed_at) values (?, ?, 'hexiaoyan', ?, 'CONFIRMED', 2, '清理楼道', ?,"
                + " 'wangfang', ?)", item, memberId, Timestamp.valueOf(ended.minusDays(1)), Timestamp.valueOf(ended),
                Timestamp.valueOf(ended));
        return item;
    }

    private static String option(HttpApi user, JsonNode task, String optionsKey, String label) {
        JsonNode raw = user.get("/engine-rest/task/" + task.get("id").asText() + "/form-variables?variableNames="
                + optionsKey + "&deserializeValues=false").json().at("/" + optionsKey + "/value");
        JsonNode options;
        try {
            options = raw.isTextual() ? new ObjectMapper().readTree(raw.asText()) : raw;
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
        for (JsonNode option : options) {
            if (option.get("label").asText().equals(label)) {
                return option.get("value").asText();
            }
        }
        throw new AssertionError(label + " not offered: " + options);
    }
}
