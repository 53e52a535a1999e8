package cn.gongzhi.members;

import static cn.gongzhi.petition.web.PetitionApiTestSupport.vars;
import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.registry.DutyKind;
import cn.gongzhi.registry.PartyMemberReporting;
import cn.gongzhi.registry.PartyMemberReporting.DutyRef;
import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import cn.gongzhi.support.TestDataJanitor;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A petition filed in 和园第一网格 while 何晓燕 holds its responsibility area, end to end through the event the petition
 * module publishes: she is offered help with it (her task only, showing the number, never the petitioner), and the
 * petition's own path runs as without her: the grid worker contacts and handles it, the callback closes it, no task of
 * the petition is hers and the offer stays open beside it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PetitionHelpFlowTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    PartyMemberReporting reporting;

    TestDataJanitor janitor;
    long he;

    @BeforeEach
    void activate() {
        janitor = TestDataJanitor.before(jdbc, runtimeService);
        jdbc.update("update community_worker set open_caseload = 0");
        he = reporting.reportableBy("hexiaoyan").get(0).memberId();
        reporting.report(he, "heyuan", "hexiaoyan", "petition-help-flow");
        DutyRef area = reporting.vacantDuties("heyuan").stream()
                .filter(d -> d.kind() == DutyKind.RESPONSIBILITY_AREA && d.label().contains("1号楼")).findFirst()
                .orElseThrow();
        reporting.confirm(he, area.kind(), area.id());
    }

    @AfterEach
    void restore() {
        reporting.moveAway(he, "测试结束");
        janitor.restore();
    }

    @Test
    void thePetitionRunsItsOwnPathWithHerOfferOpenBesideIt() throws InterruptedException {
        HttpApi operator = HttpApi.as(port, "qianhong", "demo");
        Response filed = operator.post("/api/petitions", body("category", "PROPERTY_MANAGEMENT",
                "communityCode", "heyuan", "gridCode", "heyuan-g1", "location", "和园小区 1 号楼",
                "description", "电梯停运，老人上下楼困难", "petitionerName", "王秀兰", "petitionerPhone", "13712345678"));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String number = filed.json().get("number").asText();

        String offer = offerOf(number);
        HttpApi member = HttpApi.as(port, "hexiaoyan", "demo");
        JsonNode claim = only(member, "processInstanceId=" + offer);
        Response form = member.get("/engine-rest/task/" + claim.get("id").asText() + "/form-variables");
        assertThat(form.body()).contains(number, "协助办理诉求", "1号楼、2号楼")
                .doesNotContain("王秀兰", "13712345678", "电梯停运");
        assertThat(member.get("/engine-rest/task?processInstanceBusinessKey=" + number).json().size())
                .as("no task of the petition is hers").isZero();

        HttpApi zhangwei = HttpApi.as(port, "zhangwei", "demo");
        submit(zhangwei, number, vars("contactNote", "已电话联系，约定周三上门"));
        submit(zhangwei, number, vars("handlingOutcome", "RESOLVED", "measures", "督促物业更换电梯控制柜，已试运行正常"));
        submit(HttpApi.as(port, "chenjing", "demo"), number, vars("resolved", true, "satisfaction", 5));
        assertThat(operator.get("/api/petitions/" + number).json().get("status").asText()).isEqualTo("CLOSED");
        assertThat(only(member, "processInstanceId=" + offer).get("id").asText())
                .as("her offer is still hers to take").isEqualTo(claim.get("id").asText());
        assertThat(jdbc.queryForObject("select count(*) from service_item where source_kind = 'PETITION'"
                + " and source_ref = ?", Integer.class, number)).as("one offer, however many events").isEqualTo(1);
    }

    /** The offer's process instance, once the event has been delivered (asynchronously, after the commit). */
    private String offerOf(String number) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<String> found = jdbc.queryForList("select process_instance_id from service_item where source_kind"
                    + " = 'PETITION' and source_ref = ? and process_instance_id is not null", String.class, number);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no help offered for " + number);
    }

    private static JsonNode only(HttpApi user, String query) {
        JsonNode tasks = user.get("/engine-rest/task?" + query).json();
        assertThat(tasks.size()).as("the task of %s", query).isEqualTo(1);
        return tasks.get(0);
    }

    private static void submit(HttpApi user, String number, Map<String, Object> variables) {
        Response done = user.post("/engine-rest/task/" + only(user, "processInstanceBusinessKey=" + number)
                .get("id").asText() + "/submit-form", variables);
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }
}
