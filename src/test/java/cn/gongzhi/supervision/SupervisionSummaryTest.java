package cn.gongzhi.supervision;

import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import cn.gongzhi.support.Projection;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rate definitions of docs/supervision.md on hand-computed fixtures: petitions of a community of their own, with
 * every time set, so each figure can be worked out on paper.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupervisionSummaryTest {

    private static final LocalDateTime OCT = LocalDateTime.of(2026, 10, 10, 9, 0);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    HttpApi admin;
    String community;
    String street;

    @BeforeEach
    void fixtures() {
        admin = HttpApi.as(port, "demo", "demo");
        String s = UUID.randomUUID().toString().substring(0, 8);
        street = "ss-" + s;
        long streetId = admin.post("/api/registry/streets", body("code", street, "name", "督办测试街道")).id();
        community = "sc-" + s;
        admin.post("/api/registry/communities", body("code", community, "name", "督办测试社区", "type", "URBAN",
                "streetId", streetId, "households", 100, "adultResidents", 200));
        // P1: contacted exactly at the limit (on time), resolved, satisfied, closed two days after receipt
        petition(s + "1", OCT, OCT.plusHours(24), "CLOSED", null, true, 5, 0, OCT.plusDays(2));
        // P2: contacted one minute late, not resolved, unsatisfied, reopened once, still open
        petition(s + "2", OCT.plusDays(1), OCT.plusDays(2).plusMinutes(1), "IN_PROGRESS", null, false, 2, 1, null);
        // P3: never contacted and its contact is overdue
        petition(s + "3", OCT.plusDays(2), null, "ASSIGNED", null, null, null, 0, null);
        // P4: returned to a department: outside the community's response rate
        petition(s + "4", OCT.plusDays(3), null, "RETURNED", "water", null, null, 0, null);
        // P5: received in September: outside the period
        petition(s + "5", OCT.minusMonths(1), OCT.minusMonths(1).plusHours(2), "CLOSED", null, true, 5, 0,
                OCT.minusMonths(1).plusDays(1));
    }

    @Test
    void ratesFollowTheirDefinitions() {
        JsonNode summary = summary("2026-10-01", "2026-10-31", "COMMUNITY", community);
        assertThat(summary.get("received").asInt()).isEqualTo(4);
        assertThat(summary.get("closed").asInt()).isEqualTo(1);
        assertThat(summary.get("open").asInt()).isEqualTo(3);
        assertThat(summary.get("responseRate").get("value").asDouble()).as("P1 on time of P1, P2, P3").isCloseTo(1 / 3.0, within(1e-9));
        assertThat(summary.get("resolutionRate").get("value").asDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(summary.get("satisfactionRate").get("value").asDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(summary.get("compositeScore").get("value").asDouble()).isCloseTo((1 / 3.0 + 0.5 + 0.5) / 3, within(1e-9));
        assertThat(summary.get("reopenRate").get("value").asDouble()).isCloseTo(0.25, within(1e-9));
        assertThat(summary.get("returned").asInt()).isEqualTo(1);
        assertThat(summary.get("returnShare").get("value").asDouble()).isCloseTo(0.25, within(1e-9));
        assertThat(summary.get("timeToFirstContact").get("median").asLong()).isEqualTo(1440);
        assertThat(summary.get("timeToFirstContact").get("p90").asLong()).isEqualTo(1441);
        assertThat(summary.get("timeToResolution").get("median").asLong()).isEqualTo(2 * 1440);
        assertThat(summary.get("overdueNow").asInt()).as("P2 past resolution, P3 past contact").isEqualTo(2);
        assertThat(summary.get("trend").size()).isEqualTo(4);
        assertThat(summary.get("trend").get(0).get("responseRate").get("value").asDouble()).isEqualTo(1.0);
    }

    @Test
    void contactedExactlyAtTheLimitIsOnTime() {
        JsonNode day = summary("2026-10-10", "2026-10-10", "COMMUNITY", community);
        assertThat(day.get("received").asInt()).isEqualTo(1);
        assertThat(day.get("responseRate").get("value").asDouble()).isEqualTo(1.0);
    }

    @Test
    void aPeriodWithOnlyAReopenedCaseAndAnEmptyPeriod() {
        JsonNode reopened = summary("2026-10-11", "2026-10-11", "COMMUNITY", community);
        assertThat(reopened.get("received").asInt()).isEqualTo(1);
        assertThat(reopened.get("reopenRate").get("value").asDouble()).isEqualTo(1.0);
        assertThat(reopened.get("responseRate").get("value").asDouble()).isEqualTo(0.0);
        assertThat(reopened.get("resolutionRate").get("value").asDouble()).isEqualTo(0.0);
        assertThat(reopened.get("satisfactionRate").get("value").asDouble()).isEqualTo(0.0);

        JsonNode empty = summary("2026-08-01", "2026-08-31", "COMMUNITY", community);
        assertThat(empty.get("received").asInt()).isZero();
        assertThat(empty.get("responseRate").get("value").isNull()).isTrue();
        assertThat(empty.get("compositeScore").get("value").isNull()).isTrue();
        assertThat(empty.get("timeToFirstContact").get("median").isNull()).isTrue();
    }

    @Test
    void onlyTheStreetsOwnSupervisorsReadItsFigures() {
        assertThat(HttpApi.as(port, "gaojian", "demo").get(url("2026-10-01", "2026-10-31", "COMMUNITY", community))
                .status()).as("a supervisor of another street").isEqualTo(403);
        assertThat(HttpApi.as(port, "gaojian", "demo").get(url("2026-10-01", "2026-10-31", "STREET", "qinghe"))
                .status()).isEqualTo(200);
        assertThat(HttpApi.as(port, "chenjing", "demo").get(url("2026-10-01", "2026-10-31", "STREET", "qinghe"))
                .status()).as("a community supervisor reads her community, not the street").isEqualTo(403);
        assertThat(HttpApi.as(port, "chenjing", "demo").get(url("2026-10-01", "2026-10-31", "COMMUNITY", "heyuan"))
                .status()).isEqualTo(200);
        assertThat(HttpApi.as(port, "zhangwei", "demo").get(url("2026-10-01", "2026-10-31", "COMMUNITY", "heyuan"))
                .status()).as("a worker").isEqualTo(403);
        assertThat(HttpApi.anonymous(port).get(url("2026-10-01", "2026-10-31", "COMMUNITY", "heyuan")).status())
                .isEqualTo(401);
    }

    @Test
    void summaryAndOverdueListExportAsCsv() {
        Response csv = admin.get(url("2026-10-01", "2026-10-31", "COMMUNITY", community) + "&format=csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).as("three cases are below the minimum sample of five")
                .contains("及时响应率,样本不足,1,3", "受理,4,,", "2026-10-10,2026-10-10,1,样本不足,样本不足,样本不足");
        Response overdue = admin.get("/api/supervision/overdue?unit=COMMUNITY&unitId=" + community + "&format=csv");
        assertThat(overdue.body().lines().filter(l -> l.startsWith("诉求,"))).hasSize(2);
        JsonNode list = admin.get("/api/supervision/overdue?unit=COMMUNITY&unitId=" + community).json();
        assertThat(list.get("items").size()).isEqualTo(2);
        assertThat(list.get("total").asInt()).isEqualTo(2);
    }

    @Autowired
    org.camunda.bpm.engine.TaskService taskService;

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;

    @Test
    void anOverduePetitionLinksToItsOpenTaskAndInstance() {
        String number = admin.post("/api/petitions", body("category", "PROPERTY_MANAGEMENT", "communityCode", "heyuan",
                "gridCode", "heyuan-g1", "location", "7号楼", "description", "楼道灯坏了一周")).json().get("number")
                .asText();
        try {
            jdbc.update("update petition set first_contact_due = ? where number = ?",
                    Timestamp.valueOf(LocalDateTime.now().minusDays(3)), number);
            Projection.petitionsWritten(context, List.of(number));
            String instance = jdbc.queryForObject("select process_instance_id from petition where number = ?",
                    String.class, number);
            String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
            JsonNode overdue = admin.get("/api/supervision/overdue?unit=COMMUNITY&unitId=heyuan").json();
            JsonNode petitions = overdue.get("items");
            JsonNode workers = null;
            for (JsonNode load : overdue.get("groups")) {
                if (load.get("group").asText().equals("workers-heyuan")) {
                    workers = load;
                }
            }
            assertThat(workers).as("the community workers' load is listed").isNotNull();
            assertThat(workers.get("open").asLong()).as("as many as Camunda's own candidate-group query counts")
                    .isEqualTo(taskService.createTaskQuery().taskCandidateGroup("workers-heyuan").includeAssignedTasks()
                            .count());
            assertThat(workers.get("overdue").asLong()).isEqualTo(taskService.createTaskQuery()
                    .taskCandidateGroup("workers-heyuan").includeAssignedTasks().dueBefore(new java.util.Date())
                    .count());
            JsonNode entry = null;
            for (JsonNode p : petitions) {
                if (number.equals(p.get("reference").asText())) {
                    entry = p;
                }
            }
            assertThat(entry).as("the petition past its contact limit is listed").isNotNull();
            assertThat(entry.get("stage").asText()).isEqualTo("首次联系");
            assertThat(entry.get("communityName").asText()).isEqualTo("和园社区");
            assertThat(entry.get("process").asText()).startsWith("居民诉求办理");
            assertThat(entry.get("overdueFor").asText()).matches("超期 3 天( \\d+ 小时)?");
            assertThat(entry.get("taskId").asText()).isEqualTo(task);
            assertThat(entry.get("tasklistLink").asText()).isEqualTo("/camunda/app/tasklist/default/#/?task=" + task);
            assertThat(entry.has("cockpitLink")).as("supervisors cannot follow a Cockpit link").isFalse();
        } finally {
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).list()
                    .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test done", true, true));
            jdbc.update("delete from petition_event where petition_id = (select id from petition where number = ?)",
                    number);
            jdbc.update("delete from petition where number = ?", number);
            jdbc.update("delete from supervision_petition where number = ?", number);
        }
    }

    @Test
    void badParametersGetAClearError() {
        assertThat(admin.get(url("2026-10-31", "2026-10-01", "COMMUNITY", community)).json().get("detail").asText())
                .contains("晚于");
        assertThat(admin.get(url("2026-10-01", "2026-10-31", "PLANET", community)).status()).isEqualTo(400);
        assertThat(admin.get(url("2025-01-01", "2026-10-31", "COMMUNITY", community)).json().get("detail").asText())
                .contains("366");
        assertThat(admin.get(url("2026-10-01", "2026-10-31", "COMMUNITY", "atlantis")).status()).isEqualTo(404);
        assertThat(admin.get(url("2026-13-01", "2026-10-31", "COMMUNITY", community)).status()).isEqualTo(400);
        assertThat(admin.get("/api/supervision/summary?unit=COMMUNITY&unitId=" + community).status()).isEqualTo(400);
    }

    @Test
    void operationsMetricsAreRecordedAndShownToAdministrators() {
        double before = received();
        HttpApi.as(port, "zhaolei", "demo").post("/api/petitions", body("category", "NOISE", "communityCode", "heyuan",
                "location", "广场", "description", "夜间广场舞音响过大"));
        assertThat(received()).isEqualTo(before + 1);
        for (String gauge : new String[] {"gongzhi.tasks.open", "gongzhi.tasks.overdue", "gongzhi.jobs.executable",
                "gongzhi.jobs.failed", "gongzhi.incidents.open"}) {
            assertThat(meters.find(gauge).gauge()).as(gauge).isNotNull();
        }
        // Prometheus scrapes /actuator/prometheus (switched off in tests by Spring Boot); the same meters:
        Response metric = admin.get("/actuator/metrics/gongzhi.petitions.received");
        assertThat(metric.status()).isEqualTo(200);
        assertThat(HttpApi.as(port, "zhangwei", "demo").get("/actuator/metrics/gongzhi.petitions.received").status())
                .isEqualTo(403);
    }

    private double received() {
        var counter = meters.find("gongzhi.petitions.received").tag("channel", "HOTLINE").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void theDashboardIsServedWithItsChartLibrary() {
        Response anonymous = HttpApi.anonymous(port).get("/supervision/");
        assertThat(anonymous.status()).as("sends to the login page").isEqualTo(302);
        assertThat(anonymous.header("Location")).endsWith("/login/?next=/supervision/");
        Response page = HttpApi.as(port, "gaojian", "demo").get("/supervision/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("服务督办", "/webjars/echarts/");
        assertThat(HttpApi.anonymous(port).get("/webjars/echarts/5.3.1/dist/echarts.min.js").status()).isEqualTo(200);
        JsonNode scope = HttpApi.as(port, "gaojian", "demo").get("/api/supervision/scope").json();
        assertThat(scope.get("streets").toString()).contains("qinghe");
        assertThat(scope.get("communities").toString()).contains("heyuan", "liushu");
    }

    private JsonNode summary(String from, String to, String unit, String unitId) {
        Response response = admin.get(url(from, to, unit, unitId));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static String url(String from, String to, String unit, String unitId) {
        return "/api/supervision/summary?from=" + from + "&to=" + to + "&unit=" + unit + "&unitId=" + unitId;
    }

    private void petition(String key, LocalDateTime received, LocalDateTime contacted, String status,
            String returnedTo, Boolean resolved, Integer satisfaction, int reopens, LocalDateTime handled) {
        jdbc.update("""
                insert into petition (number, category_code, community_code, location, description, channel, status,
                  first_contact_due, resolution_due, first_receiving_unit, return_department, received_at,
                  first_contacted_at, handled_at, closed_at, updated_at, resolved, satisfaction, reopen_count,
                  escalation_count)
                values (?, 'NOISE', ?, '测试', '测试', 'HOTLINE', ?, ?, ?, 'test', ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
                "T-" + key, community, status, Timestamp.valueOf(received.plusHours(24)),
                Timestamp.valueOf(received.plusDays(7)), returnedTo, Timestamp.valueOf(received),
                contacted == null ? null : Timestamp.valueOf(contacted), handled == null ? null : Timestamp.valueOf(handled),
                "CLOSED".equals(status) ? Timestamp.valueOf(handled) : null, Timestamp.valueOf(received), resolved,
                satisfaction, reopens);
        Projection.petitionsWritten(context, List.of("T-" + key));
    }

    @Autowired
    org.springframework.context.ApplicationContext context;
}
