package cn.gongzhi.members.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.members.ServiceKind;
import cn.gongzhi.members.domain.ServicePublishing;
import cn.gongzhi.members.domain.ServicePublishing.Publication;
import cn.gongzhi.members.domain.ServiceRecords;
import cn.gongzhi.registry.PartyMemberReporting;
import cn.gongzhi.registry.PartyMemberReporting.DutyRef;
import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "A member sees her own record" (issue 20) with the demo logins: 何晓燕 (区人民医院) is active in 和园社区 with a post,
 * has a confirmed volunteer activity, a confirmed micro-wish, a claim returned and one only claimed; 郑国华 (区教育委员会)
 * is active there too with a confirmed claim of the same activity. Each sees her own record and nothing of the other's,
 * her confirmed hours are the sum of her confirmed records, a micro-wish shows its title and never its resident, the
 * unit contacts see their own unit's members only, and every other login is refused with a reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MemberRecordApiTest {

    @LocalServerPort
    int port;

    @Autowired
    PartyMemberReporting reporting;

    @Autowired
    ServicePublishing publishing;

    @Autowired
    ServiceRecords records;

    @Autowired
    Clock clock;

    @Test
    void eachMemberSeesHerOwnRecordAndEachUnitContactHerUnitsMembers() {
        long he = reporting.reportableBy("hexiaoyan").get(0).memberId();
        long zheng = reporting.reportableBy("zhengguohua").get(0).memberId();
        List<Long> reported = new ArrayList<>();
        try {
            DutyRef post = activate(he, "hexiaoyan", reported);
            activate(zheng, "zhengguohua", reported);
            LocalDateTime start = LocalDateTime.now(clock).plusDays(12).withHour(9).withMinute(0).withSecond(0)
                    .withNano(0);
            long activity = publish(ServiceKind.VOLUNTEER_ACTIVITY, "社区环境整治志愿服务", 2, start);
            long wish = publish(ServiceKind.MICRO_WISH, "帮独居老人更换灯泡", 1, start.plusDays(1));
            long returned = publish(ServiceKind.AREA_TASK, "责任区楼道安全巡查", 1, start.plusDays(2));
            long claimedOnly = publish(ServiceKind.VOLUNTEER_ACTIVITY, "老年助餐送餐", 1, start.plusDays(3));
            serve(activity, "hexiaoyan", "2", true);
            serve(activity, "zhengguohua", "3", true);
            serve(wish, "hexiaoyan", "1.5", true);
            serve(returned, "hexiaoyan", "1", false);
            publishing.claim(claimedOnly, "hexiaoyan");

            Response mine = HttpApi.as(port, "hexiaoyan", "demo").get("/api/members/me");
            assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
            JsonNode record = mine.json();
            assertThat(record.get("name").asText()).isEqualTo("何晓燕");
            assertThat(record.at("/reporting/statusLabel").asText()).isEqualTo("在岗");
            assertThat(record.at("/reporting/communityName").asText()).isEqualTo("和园社区");
            assertThat(record.at("/reporting/duties/0").asText()).isEqualTo(post.label());
            assertThat(record.at("/unit/name").asText()).isEqualTo("区人民医院党委");
            assertThat(record.at("/unit/contactPhone").asText()).isEqualTo("139****0002");
            JsonNode service = record.get("service");
            assertThat(service.findValuesAsText("title")).contains("社区环境整治志愿服务", "帮独居老人更换灯泡",
                    "责任区楼道安全巡查", "老年助餐送餐");
            assertThat(statusOf(service, "社区环境整治志愿服务")).isEqualTo("已确认");
            assertThat(statusOf(service, "责任区楼道安全巡查")).isEqualTo("退回补正");
            assertThat(statusOf(service, "老年助餐送餐")).isEqualTo("已认领");
            BigDecimal confirmed = BigDecimal.ZERO;
            BigDecimal confirmedThisYear = BigDecimal.ZERO;
            for (JsonNode line : service) {
                if (line.get("status").asText().equals("CONFIRMED")) {
                    confirmed = confirmed.add(line.get("hours").decimalValue());
                    if (LocalDateTime.parse(line.get("endsAt").asText()).getYear() == record.at("/hours/year").asInt()) {
                        confirmedThisYear = confirmedThisYear.add(line.get("hours").decimalValue());
                    }
                }
            }
            assertThat(confirmed).as("her confirmed records").isEqualByComparingTo("3.5");
            assertThat(record.at("/hours/total").decimalValue()).isEqualByComparingTo(confirmed);
            assertThat(record.at("/hours/thisYear").decimalValue()).isEqualByComparingTo(confirmedThisYear);
            assertThat(record.at("/hours/year").asInt()).isEqualTo(LocalDateTime.now(clock).getYear());
            assertThat(mine.body()).as("nothing of the resident, nothing of 郑国华")
                    .doesNotContain("李秀英", "李*", "13812345678", "郑国华", "13911110002", "13911110001");

            Response his = HttpApi.as(port, "zhengguohua", "demo").get("/api/members/me");
            assertThat(his.status()).isEqualTo(200);
            assertThat(his.json().get("name").asText()).isEqualTo("郑国华");
            assertThat(his.json().get("service").findValuesAsText("title")).contains("社区环境整治志愿服务")
                    .doesNotContain("帮独居老人更换灯泡", "责任区楼道安全巡查", "老年助餐送餐");
            assertThat(his.json().at("/hours/total").decimalValue()).isEqualByComparingTo("3");
            assertThat(his.body()).doesNotContain("何晓燕");

            Response hospital = HttpApi.as(port, "yiyuan-party", "demo").get("/api/members/unit");
            assertThat(hospital.status()).as(hospital.toString()).isEqualTo(200);
            assertThat(hospital.json().at("/unit/name").asText()).isEqualTo("区人民医院党委");
            assertThat(names(hospital.json().get("members"))).containsExactly("何晓燕");
            assertThat(hospital.json().at("/members/0/hours/total").decimalValue()).isEqualByComparingTo("3.5");
            assertThat(hospital.body()).doesNotContain("郑国华", "李秀英", "13812345678", "13911110002");
            Response education = HttpApi.as(port, "jiaowei-party", "demo").get("/api/members/unit");
            assertThat(names(education.json().get("members"))).containsExactly("郑国华");
            assertThat(education.body()).doesNotContain("何晓燕", "帮独居老人更换灯泡");
        } finally {
            reported.forEach(id -> reporting.moveAway(id, "测试结束"));
        }
    }

    @Test
    void aLoginThatIsNeitherIsRefusedWithAReason() {
        Response secretary = HttpApi.as(port, "wangfang", "demo").get("/api/members/me");
        assertThat(secretary.status()).isEqualTo(403);
        assertThat(secretary.json().get("detail").asText()).isEqualTo(MemberRecordController.NOT_A_MEMBER);
        Response contact = HttpApi.as(port, "yiyuan-party", "demo").get("/api/members/me");
        assertThat(contact.status()).as("a unit's contact is no member herself").isEqualTo(403);
        Response member = HttpApi.as(port, "hexiaoyan", "demo").get("/api/members/unit");
        assertThat(member.status()).isEqualTo(403);
        assertThat(member.json().get("detail").asText()).isEqualTo(MemberRecordController.NOT_A_CONTACT);
        assertThat(HttpApi.anonymous(port).get("/api/members/me").status()).isEqualTo(401);
    }

    @Test
    void thePageIsServedToALoginAndSendsAnyoneElseToTheLoginPage() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/members/")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/login/?next=/members/");
        Response page = HttpApi.as(port, "hexiaoyan", "demo").get("/members/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"zh-CN\"", "我的党员服务记录", "members.js");
    }

    private DutyRef activate(long memberId, String login, List<Long> reported) {
        reporting.report(memberId, "heyuan", login, "member-record-" + login);
        reported.add(memberId);
        DutyRef duty = reporting.vacantDuties("heyuan").get(0);
        reporting.confirm(memberId, duty.kind(), duty.id());
        return duty;
    }

    private long publish(ServiceKind kind, String title, int places, LocalDateTime start) {
        boolean wish = kind == ServiceKind.MICRO_WISH;
        return publishing.publish(new Publication(kind, title, "详情", places, start, start.plusHours(2),
                start.minusDays(1), wish ? "李秀英" : null, wish ? "13812345678" : null), "heyuan", "wangfang",
                "member-record-" + title);
    }

    private void serve(long itemId, String login, String hours, boolean confirm) {
        publishing.claim(itemId, login);
        long claim = records.claimIds(itemId).stream().filter(id -> records.claim(id).getMemberLogin().equals(login))
                .findFirst().orElseThrow();
        records.record(claim, login, new BigDecimal(hours), "完成");
        if (confirm) {
            records.confirm(claim, "wangfang");
        } else {
            records.sendBack(claim, "请补充服务内容");
        }
    }

    private static List<String> names(JsonNode members) {
        List<String> names = new ArrayList<>();
        members.forEach(m -> names.add(m.get("name").asText()));
        return names;
    }

    private static String statusOf(JsonNode service, String title) {
        for (JsonNode line : service) {
            if (line.get("title").asText().equals(title)) {
                return line.get("statusLabel").asText();
            }
        }
        throw new AssertionError(title + " not in her record");
    }
}
