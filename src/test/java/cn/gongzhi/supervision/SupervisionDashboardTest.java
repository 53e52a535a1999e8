package cn.gongzhi.supervision;

import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import cn.gongzhi.support.Projection;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's contract: units chosen by name within the caller's scope, rates with their counts and the minimum
 * sample, the comparison of communities and grids, weekly trends, one definition of overdue, and the exports.
 * A street of its own: community 甲 (six petitions, three in grid 甲一) and community 乙 (four petitions).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupervisionDashboardTest {

    /** Tuesday 1 September 2026; the ISO week starts on Monday 31 August. */
    private static final LocalDateTime SEP = LocalDateTime.of(2026, 9, 1, 9, 0);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    java.time.Clock clock;

    HttpApi admin;
    String street;
    String a;
    String b;
    String grid;
    String department;
    String s;

    @BeforeEach
    void fixtures() {
        admin = HttpApi.as(port, "demo", "demo");
        s = UUID.randomUUID().toString().substring(0, 8);
        street = "ds-" + s;
        long streetId = admin.post("/api/registry/streets", body("code", street, "name", "对比测试街道" + s)).id();
        a = "da-" + s;
        b = "db-" + s;
        long aId = admin.post("/api/registry/communities", body("code", a, "name", "甲社区" + s, "type", "URBAN",
                "streetId", streetId, "households", 100, "adultResidents", 200)).id();
        admin.post("/api/registry/communities", body("code", b, "name", "乙社区" + s, "type", "URBAN",
                "streetId", streetId, "households", 100, "adultResidents", 200));
        grid = "dg-" + s;
        assertThat(admin.post("/api/registry/grids", body("code", grid, "name", "甲一网格" + s, "communityId", aId,
                "households", 50)).status()).isEqualTo(201);
        department = "dd-" + s;
        assertThat(admin.post("/api/registry/departments", body("code", department, "name", "对比测试局" + s,
                "streetId", streetId, "duties", List.of("NOISE"))).status()).isEqualTo(201);
        // 甲: two of six contacted on time (33.3 %), Tuesday to Saturday and the next Monday; three in grid 甲一
        int[] days = {0, 1, 2, 3, 4, 6};
        for (int i = 0; i < 6; i++) {
            LocalDateTime received = SEP.plusDays(days[i]);
            petition(a, i < 3 ? grid : null, "a" + i, received, received.plusHours(i < 2 ? 2 : 30), i < 3, 5);
        }
        // 乙: four of four on time: 100 %, but below the minimum sample of five
        for (int i = 0; i < 4; i++) {
            LocalDateTime received = SEP.plusDays(i);
            petition(b, null, "b" + i, received, received.plusHours(1), true, 5);
        }
    }

    @Test
    void aStreetSupervisorChoosesHerStreetsUnitsByName() {
        JsonNode scope = HttpApi.as(port, "gaojian", "demo").get("/api/supervision/scope").json();
        assertThat(names(scope.get("streets"))).containsExactly("清河街道");
        assertThat(names(scope.get("communities"))).contains("和园社区").doesNotContain("甲社区" + s);
        JsonNode g1 = find(scope.get("grids"), "heyuan-g1");
        assertThat(g1.get("name").asText()).isEqualTo("和园第一网格");
        assertThat(g1.get("communityName").asText()).isEqualTo("和园社区");
        assertThat(find(scope.get("workers"), "zhangwei").get("communityName").asText()).isEqualTo("和园社区");
        assertThat(codes(scope.get("grids"))).doesNotContain(grid);
        assertThat(codes(scope.get("departments"))).contains("housing").doesNotContain(department);
        assertThat(names(scope.get("categories"))).isNotEmpty();

        JsonNode own = HttpApi.as(port, "chenjing", "demo").get("/api/supervision/scope").json();
        assertThat(own.get("streets").size()).as("a community supervisor has no street to choose").isZero();
        assertThat(names(own.get("communities"))).containsExactly("和园社区");
        assertThat(codes(own.get("grids"))).allMatch(code -> code.startsWith("heyuan-")).isNotEmpty();
        assertThat(own.get("workers").findValuesAsText("communityCode")).containsOnly("heyuan");
    }

    @Test
    void aUnitOutsideTheCallersScopeIsRefusedWithoutNamingAnything() {
        HttpApi gaojian = HttpApi.as(port, "gaojian", "demo");
        List<String> refusals = new ArrayList<>();
        for (String[] unit : new String[][] {{"COMMUNITY", a}, {"GRID", grid}, {"DEPARTMENT", department},
                {"STREET", street}, {"COMMUNITY", "no-such-" + s}, {"GRID", "no-such-" + s}}) {
            Response response = gaojian.get(url("summary", "2026-09-01", "2026-09-30", unit[0], unit[1]));
            assertThat(response.status()).as(unit[0] + " " + unit[1]).isEqualTo(403);
            assertThat(response.body()).doesNotContain("甲社区", "甲一网格", "对比测试");
            refusals.add(response.body());
            assertThat(gaojian.get(url("comparison", "2026-09-01", "2026-09-30", unit[0], unit[1])).status())
                    .isIn(400, 403);
        }
        assertThat(refusals.get(1)).as("a foreign grid's refusal does not name its community").doesNotContain(a);
        HttpApi chenjing = HttpApi.as(port, "chenjing", "demo");
        assertThat(chenjing.get(url("summary", "2026-09-01", "2026-09-30", "GRID", "liushu-g1")).status())
                .isEqualTo(403);
        assertThat(chenjing.get(url("summary", "2026-09-01", "2026-09-30", "WORKER", "zhangwei")).status())
                .as("a worker of her own community").isEqualTo(200);
        assertThat(chenjing.get("/api/supervision/overdue?unit=STREET&unitId=qinghe").status()).isEqualTo(403);
    }

    @Test
    void thePetitionListPagesTheUnitsPetitionsOfThePeriodNewestFirstWithinTheCallersScope() {
        JsonNode first = admin.get(url("petitions", "2026-09-01", "2026-09-30", "COMMUNITY", a) + "&size=4").json();
        assertThat(first.get("total").asInt()).as("甲's six petitions of September").isEqualTo(6);
        assertThat(first.get("unitName").asText()).isEqualTo("甲社区" + s);
        List<String> numbers = new ArrayList<>();
        first.get("items").forEach(item -> numbers.add(item.get("number").asText()));
        JsonNode second = admin.get(url("petitions", "2026-09-01", "2026-09-30", "COMMUNITY", a) + "&size=4&page=1")
                .json();
        second.get("items").forEach(item -> numbers.add(item.get("number").asText()));
        assertThat(numbers).as("newest first, the second page the rest")
                .containsExactly("T-" + s + "a5", "T-" + s + "a4", "T-" + s + "a3", "T-" + s + "a2", "T-" + s + "a1",
                        "T-" + s + "a0");
        JsonNode row = first.get("items").get(3);
        assertThat(row.get("communityName").asText()).isEqualTo("甲社区" + s);
        assertThat(row.get("gridName").asText()).isEqualTo("甲一网格" + s);
        assertThat(row.get("statusLabel").asText()).isEqualTo("已办结");
        assertThat(row.toString()).doesNotContain("description", "phone", "测试");
        assertThat(admin.get(url("petitions", "2026-09-02", "2026-09-02", "STREET", street)).json().get("total")
                .asInt()).as("one day: 甲's second and 乙's second").isEqualTo(2);
        assertThat(admin.get(url("petitions", "2026-09-01", "2026-09-30", "GRID", grid)).json().get("total").asInt())
                .isEqualTo(3);
        HttpApi gaojian = HttpApi.as(port, "gaojian", "demo");
        Response foreign = gaojian.get(url("petitions", "2026-09-01", "2026-09-30", "COMMUNITY", a));
        assertThat(foreign.status()).as("another street's community").isEqualTo(403);
        assertThat(foreign.body()).doesNotContain("甲社区", "T-" + s);
        assertThat(HttpApi.as(port, "zhangwei", "demo").get(url("petitions", "2026-09-01", "2026-09-30", "STREET",
                "qinghe")).status()).as("a worker is no supervisor").isEqualTo(403);
        for (String bad : new String[] {"&size=0", "&size=101", "&page=-1", "&size=x"}) {
            assertThat(admin.get(url("petitions", "2026-09-01", "2026-09-30", "COMMUNITY", a) + bad).status()).as(bad)
                    .isEqualTo(400);
        }
        assertThat(admin.get(url("petitions", "2026-09-01", "2026-09-30", "COMMUNITY", a) + "&size=100").json()
                .get("items").size()).as("the largest page").isEqualTo(6);
    }

    @Test
    void theComparisonCarriesEveryRateWithItsCountsAndTheMinimumSample() {
        JsonNode comparison = admin.get(url("comparison", "2026-09-01", "2026-09-30", "STREET", street)).json();
        assertThat(comparison.get("rowsAre").asText()).isEqualTo("COMMUNITY");
        assertThat(comparison.get("minimumSample").asInt()).isEqualTo(5);
        JsonNode first = find(comparison.get("rows"), a);
        assertThat(first.get("name").asText()).isEqualTo("甲社区" + s);
        assertThat(first.get("received").asInt()).isEqualTo(6);
        assertThat(first.get("responseRate").get("part").asInt()).isEqualTo(2);
        assertThat(first.get("responseRate").get("whole").asInt()).isEqualTo(6);
        assertThat(first.get("responseRate").get("value").asDouble()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(first.get("responseRate").get("sufficient").asBoolean()).isTrue();
        assertThat(first.get("resolutionRate").get("part").asInt()).isEqualTo(3);
        assertThat(first.get("compositeScore").get("sufficient").asBoolean()).isTrue();
        JsonNode second = find(comparison.get("rows"), b);
        assertThat(second.get("responseRate").get("value").asDouble()).isEqualTo(1.0);
        assertThat(second.get("responseRate").get("sufficient").asBoolean()).as("4 cases, minimum 5").isFalse();
        assertThat(second.get("compositeScore").get("sufficient").asBoolean()).isFalse();
        // the row is the summary of the community
        JsonNode summary = admin.get(url("summary", "2026-09-01", "2026-09-30", "COMMUNITY", a)).json();
        assertThat(first.get("responseRate")).isEqualTo(summary.get("responseRate"));
        assertThat(first.get("overdueNow")).isEqualTo(summary.get("overdueNow"));

        JsonNode grids = admin.get(url("comparison", "2026-09-01", "2026-09-30", "COMMUNITY", a)).json();
        assertThat(grids.get("rowsAre").asText()).isEqualTo("GRID");
        assertThat(grids.get("rows").size()).isEqualTo(1);
        assertThat(grids.get("rows").get(0).get("name").asText()).isEqualTo("甲一网格" + s);
        assertThat(grids.get("rows").get(0).get("received").asInt()).isEqualTo(3);
        assertThat(admin.get(url("comparison", "2026-09-01", "2026-09-30", "GRID", grid)).status()).isEqualTo(400);
    }

    @Test
    void aLongPeriodTrendsByIsoWeekAShortOneByDay() {
        JsonNode weekly = admin.get(url("summary", "2026-08-01", "2026-09-30", "COMMUNITY", a)).json();
        assertThat(weekly.get("trendBy").asText()).isEqualTo("WEEK");
        JsonNode trend = weekly.get("trend");
        assertThat(trend.size()).isEqualTo(2);
        assertThat(trend.get(0).get("day").asText()).as("labelled by the week's Monday").isEqualTo("2026-08-31");
        assertThat(trend.get(0).get("until").asText()).isEqualTo("2026-09-06");
        assertThat(trend.get(0).get("received").asInt()).isEqualTo(5);
        assertThat(trend.get(0).get("responseRate").get("part").asInt()).isEqualTo(2);
        assertThat(trend.get(0).get("responseRate").get("sufficient").asBoolean()).isTrue();
        assertThat(trend.get(1).get("day").asText()).isEqualTo("2026-09-07");
        assertThat(trend.get(1).get("received").asInt()).isEqualTo(1);

        JsonNode month = admin.get(url("summary", "2026-09-01", "2026-10-01", "COMMUNITY", a)).json();
        assertThat(month.get("trendBy").asText()).as("31 days still by day").isEqualTo("DAY");
        assertThat(month.get("trend").size()).isEqualTo(6);
        JsonNode longer = admin.get(url("summary", "2026-09-01", "2026-10-02", "COMMUNITY", a)).json();
        assertThat(longer.get("trendBy").asText()).as("32 days by week").isEqualTo("WEEK");
    }

    @Test
    void theOverdueCounterEqualsTheOverdueListIncludingATaskOfAnotherProcess() {
        // an open petition of 甲 past its resolution due time, and a task of another process past its due date
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.update("""
                insert into petition (number, category_code, community_code, location, description, channel, status,
                  first_contact_due, resolution_due, first_receiving_unit, received_at, first_contacted_at,
                  updated_at, reopen_count, escalation_count)
                values (?, 'NOISE', ?, '测试', '测试', 'HOTLINE', 'IN_PROGRESS', ?, ?, 'test', ?, ?, ?, 0, 0)""",
                "T-" + s + "o", a, Timestamp.valueOf(now.minusDays(4)), Timestamp.valueOf(now.minusDays(2).minusHours(3)),
                Timestamp.valueOf(now.minusDays(5)), Timestamp.valueOf(now.minusDays(5).plusHours(1)),
                Timestamp.valueOf(now));
        Projection.petitionsWritten(context, List.of("T-" + s + "o"));
        String key = "SupervisionProbe" + s.replace("-", "");
        var model = Bpmn.createExecutableProcess(key).name("社区走访登记").camundaHistoryTimeToLive(1)
                .startEvent().userTask("Activity_Visit").name("上门走访").camundaCandidateGroups("workers-" + a)
                .camundaDueDate("${due}").endEvent().done();
        String deployment = repositoryService.createDeployment().addModelInstance(key + ".bpmn", model).deploy()
                .getId();
        try {
            runtimeService.startProcessInstanceByKey(key, "V-" + s, Map.of("due",
                    java.util.Date.from(clock.instant().minusSeconds(3600 * 5))));
            for (String[] unit : new String[][] {{"STREET", street}, {"COMMUNITY", a}}) {
                JsonNode summary = admin.get(url("summary", "2026-09-01", "2026-09-30", unit[0], unit[1])).json();
                JsonNode overdue = admin.get("/api/supervision/overdue?unit=" + unit[0] + "&unitId=" + unit[1]).json();
                assertThat(summary.get("overdueNow").asInt()).as(unit[0] + ": the petition and the task").isEqualTo(2);
                assertThat(overdue.get("total").asInt()).isEqualTo(summary.get("overdueNow").asInt());
                assertThat(overdue.get("items").size()).as("the counter equals the list's rows")
                        .isEqualTo(summary.get("overdueNow").asInt());
            }
            JsonNode items = admin.get("/api/supervision/overdue?unit=COMMUNITY&unitId=" + a).json().get("items");
            JsonNode petition = items.get(0);
            assertThat(petition.get("kind").asText()).as("the longest overdue first").isEqualTo("PETITION");
            assertThat(petition.get("stage").asText()).isEqualTo("办结");
            assertThat(petition.get("overdueFor").asText()).isEqualTo("超期 2 天 3 小时");
            assertThat(petition.get("assignee").asText()).isEqualTo("未认领");
            JsonNode task = items.get(1);
            assertThat(task.get("kind").asText()).isEqualTo("TASK");
            assertThat(task.get("process").asText()).isEqualTo("社区走访登记");
            assertThat(task.get("title").asText()).isEqualTo("上门走访");
            assertThat(task.get("reference").asText()).isEqualTo("V-" + s);
            assertThat(task.get("communityName").asText()).isEqualTo("甲社区" + s);
            assertThat(task.get("assignee").asText()).isEqualTo("未认领");
            assertThat(task.get("overdueFor").asText()).isEqualTo("超期 5 小时");
            assertThat(task.get("tasklistLink").asText()).startsWith("/camunda/app/tasklist/default/#/?task=");
            assertThat(task.has("cockpitLink")).isFalse();
            List<String> csv = admin.get("/api/supervision/overdue?unit=COMMUNITY&unitId=" + a + "&format=csv").body()
                    .lines().skip(1).toList();
            assertThat(csv).as("the exported list has the same rows").hasSize(2);
            assertThat(csv.get(0)).startsWith("诉求,T-" + s + "o,").contains(",甲社区" + s + ",未认领,办结,")
                    .endsWith(",超期 2 天 3 小时").matches(".*,\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2},超期.*");
            assertThat(csv.get(1)).startsWith("任务,V-" + s + ",上门走访,社区走访登记,甲社区" + s + ",未认领,任务到期,");
            JsonNode grid = admin.get("/api/supervision/overdue?unit=GRID&unitId=" + this.grid).json();
            assertThat(grid.get("total").asInt()).as("a grid is measured by its petitions only").isZero();
            assertThat(grid.get("items").size()).isZero();
        } finally {
            repositoryService.deleteDeployment(deployment, true);
        }
    }

    @Test
    void theExportsRoundAsOnScreenAndNameTheUnitAndPeriod() throws Exception {
        Response csv = admin.get(url("summary", "2026-09-01", "2026-09-30", "COMMUNITY", a) + "&format=csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).contains("及时响应率,33.3%,2,6", "解决率,50.0%,3,6", "受理,6,,")
                .doesNotContain("0.333");
        String disposition = csv.header("Content-Disposition");
        assertThat(disposition).contains("filename=\"supervision_" + a + "_2026-09-01_2026-09-30.csv\"",
                "filename*=UTF-8''" + URLEncoder.encode("服务督办_甲社区" + s + "_2026-09-01至2026-09-30.csv",
                        StandardCharsets.UTF_8));

        try (XSSFWorkbook workbook = xlsx(url("summary", "2026-09-01", "2026-09-30", "COMMUNITY", a)
                + "&format=xlsx", "服务督办_甲社区" + s + "_2026-09-01至2026-09-30.xlsx")) {
            Sheet figures = workbook.getSheet("指标");
            assertThat(text(figures.getRow(0))).containsExactly("指标", "值", "分子", "分母");
            assertThat(rowStartingWith(figures, "及时响应率")).containsExactly("及时响应率", "33.3%", "2", "6");
            assertThat(text(workbook.getSheet("走势").getRow(0))).startsWith("日期");
        }
        try (XSSFWorkbook workbook = xlsx(url("comparison", "2026-09-01", "2026-09-30", "STREET", street)
                + "&format=xlsx", "单位对比_对比测试街道" + s + "_2026-09-01至2026-09-30.xlsx")) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(text(sheet.getRow(0))).startsWith("社区", "受理", "未办结", "当前超期", "及时响应率");
            assertThat(rowStartingWith(sheet, "乙社区" + s)).contains("样本不足", "4 / 4");
        }
        Response comparisonCsv = admin.get(url("comparison", "2026-09-01", "2026-09-30", "STREET", street)
                + "&format=csv");
        assertThat(comparisonCsv.body()).contains("甲社区" + s + ",6,0,0,33.3%,2 / 6");

        String today = LocalDate.now(clock).toString();
        Response overdue = admin.get("/api/supervision/overdue?unit=COMMUNITY&unitId=" + a + "&format=csv");
        assertThat(overdue.body()).startsWith("\uFEFF类型,编号,事项,流程,社区,办理人,阶段,期限,超期");
        assertThat(overdue.header("Content-Disposition")).contains(URLEncoder.encode("当前超期_甲社区" + s + "_" + today
                + ".csv", StandardCharsets.UTF_8));
        try (XSSFWorkbook workbook = xlsx("/api/supervision/overdue?unit=COMMUNITY&unitId=" + a + "&format=xlsx",
                "当前超期_甲社区" + s + "_" + today + ".xlsx")) {
            assertThat(text(workbook.getSheet("当前超期").getRow(0))).startsWith("类型", "编号", "事项");
        }
        assertThat(admin.get(url("summary", "2026-09-01", "2026-09-30", "COMMUNITY", a) + "&format=pdf").status())
                .isEqualTo(400);
    }

    private XSSFWorkbook xlsx(String path, String fileName) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains("filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8));
        return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
    }

    private static List<String> text(Row row) {
        DataFormatter format = new DataFormatter();
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(format.formatCellValue(cell)));
        return cells;
    }

    private static List<String> rowStartingWith(Sheet sheet, String first) {
        for (Row row : sheet) {
            List<String> cells = text(row);
            if (!cells.isEmpty() && cells.get(0).equals(first)) {
                return cells;
            }
        }
        throw new AssertionError("no row " + first);
    }

    private static List<String> names(JsonNode list) {
        return list.findValuesAsText("name");
    }

    private static List<String> codes(JsonNode list) {
        return list.findValuesAsText("code");
    }

    private static JsonNode find(JsonNode list, String code) {
        for (JsonNode item : list) {
            if (code.equals(item.get("code").asText())) {
                return item;
            }
        }
        throw new AssertionError("no " + code + " in " + list);
    }

    private static String url(String endpoint, String from, String to, String unit, String unitId) {
        return "/api/supervision/" + endpoint + "?from=" + from + "&to=" + to + "&unit=" + unit + "&unitId=" + unitId;
    }

    /** A closed petition with a callback: resolved or not, and its satisfaction score. */
    private void petition(String community, String gridCode, String key, LocalDateTime received,
            LocalDateTime contacted, boolean resolved, int satisfaction) {
        LocalDateTime handled = received.plusDays(2);
        jdbc.update("""
                insert into petition (number, category_code, community_code, grid_code, location, description, channel,
                  status, first_contact_due, resolution_due, first_receiving_unit, received_at, first_contacted_at,
                  handled_at, closed_at, updated_at, resolved, satisfaction, reopen_count, escalation_count)
                values (?, 'NOISE', ?, ?, '测试', '测试', 'HOTLINE', 'CLOSED', ?, ?, 'test', ?, ?, ?, ?, ?, ?, ?, 0, 0)""",
                "T-" + s + key, community, gridCode, Timestamp.valueOf(received.plusHours(24)),
                Timestamp.valueOf(received.plusDays(7)), Timestamp.valueOf(received), Timestamp.valueOf(contacted),
                Timestamp.valueOf(handled), Timestamp.valueOf(handled), Timestamp.valueOf(received), resolved,
                satisfaction);
        Projection.petitionsWritten(context, List.of("T-" + s + key));
    }

    @Autowired
    org.springframework.context.ApplicationContext context;
}
