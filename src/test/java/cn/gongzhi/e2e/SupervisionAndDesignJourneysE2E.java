package cn.gongzhi.e2e;

import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.Projection;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Journeys 6 and 7, after the others (the e2e profile runs the classes in alphabetical order): the street supervisor
 * reads the dashboard the other journeys filled and follows an overdue petition into Tasklist; a process designer
 * deploys a changed petition model the way Camunda Modeler does, and new petitions follow it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisionAndDesignJourneysE2E extends E2ESupport {

    @Autowired
    JdbcTemplate jdbc;

    /** The application's clock (China time): the records' times are written in it. */
    @Autowired
    java.time.Clock clock;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ApplicationContext context;

    @Test
    @Order(6)
    void journey6SupervisorReadsTheDashboardAndOpensAnOverdueTask() {
        // a petition whose first-contact limit has passed: the due time is moved back instead of waiting a day
        String late = api("demo").post("/api/petitions", body("category", "COMMUNITY_ENVIRONMENT", "communityCode",
                "heyuan", "gridCode", "heyuan-g2", "location", "和园小区北门", "description", "垃圾桶满溢两天无人清运"))
                .json().get("number").asText();
        Task lateTask = awaitTask(late, "Activity_ContactPetitioner");
        jdbc.update("update petition set first_contact_due = ? where number = ?",
                Timestamp.valueOf(LocalDateTime.now(clock).minusHours(3)), late);
        // written behind the petition module's back: announced to supervision, as docs/supervision.md says
        Projection.petitionsWritten(context, List.of(late));
        HttpApi gaojian = api("gaojian");
        try (Browser b = Browser.desktop(port, "Journey 6 supervisor")) {
            b.step("log into Tasklist as gaojian, supervisor of street qinghe", () -> {
                new Tasklist(b).login("gaojian", "demo");
            });
            b.step("open the dashboard from the Welcome page's link, without a second login", () -> {
                b.open("/camunda/app/welcome/default/");
                b.click(By.linkText("服务督办"));
                b.waitUntil(d -> java.net.URI.create(d.getCurrentUrl()).getPath().equals("/supervision/"));
                // the unit's name and period appear once its figures are in
                b.waitForText(By.id("unitLabel"), "清河街道");
                assertThat(b.find(By.id("counts")).getText()).contains("受理", "已办结", "召开会议");
                assertThat(b.find(By.id("unitId")).getAttribute("value")).isEqualTo("qinghe");
                assertThat(new Select(b.find(By.id("unitId"))).getFirstSelectedOption().getText()).isEqualTo("清河街道");
            });
            b.step("read the three rates and the counts, the same as the records say", () -> {
                String from = b.find(By.id("from")).getAttribute("value");
                String to = b.find(By.id("to")).getAttribute("value");
                JsonNode summary = gaojian.get("/api/supervision/summary?unit=STREET&unitId=qinghe&from=" + from
                        + "&to=" + to).json();
                String counts = b.find(By.id("counts")).getText();
                assertThat(counts).contains("受理：" + summary.get("received").asInt(),
                        "已办结：" + summary.get("closed").asInt(), "当前超期：" + summary.get("overdueNow").asInt(),
                        "召开会议：" + summary.get("meetingsHeld").asInt(),
                        "未达法定人数：" + summary.get("meetingsWithoutQuorum").asInt(),
                        "收到异议：" + summary.get("objectionsFiled").asInt());
                // what the other journeys did today is in the figures: every petition, meeting and objection today
                assertThat(summary.get("received").asInt()).isGreaterThanOrEqualTo(count(
                        "select count(*) from petition where community_code in ('heyuan', 'liushu')"
                                + " and received_at >= ?", today()));
                assertThat(summary.get("closed").asInt()).isGreaterThanOrEqualTo(count(
                        "select count(*) from petition where community_code in ('heyuan', 'liushu')"
                                + " and status = 'CLOSED' and received_at >= ?", today()));
                assertThat(summary.get("meetingsHeld").asInt()).isEqualTo(count("select count(*) from meeting m join"
                        + " deliberation d on m.deliberation_id = d.id where d.community_code in ('heyuan', 'liushu')"
                        + " and m.recorded_at >= ?", Timestamp.valueOf(java.time.LocalDate.parse(from).atStartOfDay())));
                assertThat(summary.get("overdueNow").asInt()).isGreaterThanOrEqualTo(1);
                // a rate shows its counts, and below the minimum sample no percentage
                for (String rate : List.of("responseRate", "resolutionRate", "satisfactionRate")) {
                    JsonNode expected = summary.get(rate);
                    String shown = b.find(By.id(rate)).getText();
                    if (expected.get("value").isNull()) {
                        assertThat(shown).isEqualTo("—");
                    } else {
                        assertThat(shown).matches(expected.get("sufficient").asBoolean() ? "\\d+\\.\\d%（\\d+/\\d+）"
                                : "样本不足（\\d+/\\d+）")
                                .endsWith("（" + expected.get("part").asInt() + "/" + expected.get("whole").asInt() + "）");
                    }
                }
            });
            b.keyScreenshot("supervisor-dashboard");
            b.step("see a new petition counted after refreshing, without reloading the page", () -> {
                b.script("window.stillTheSamePage = true");
                int before = received(b.find(By.id("counts")).getText());
                api("demo").post("/api/petitions", body("category", "NOISE", "communityCode", "liushu", "location",
                        "柳树村文化广场", "description", "夜间广场舞音响过大"));
                // supervision takes the petition in a moment after its commit (docs/supervision.md)
                Projection.caughtUp(context);
                b.click(By.cssSelector("#filters button[type='submit'], #filters button"));
                b.waitUntil(d -> received(b.find(By.id("counts")).getText()) == before + 1);
                assertThat(b.script("return window.stillTheSamePage === true")).isEqualTo(true);
            });
            b.step("compare the street's communities and sort them by received petitions", () -> {
                b.waitUntil(d -> d.findElements(By.cssSelector("#comparison th[scope='row']")).size() >= 2);
                b.reveal(By.id("comparisonTable"));
                String table = b.find(By.id("comparison")).getText();
                assertThat(table).contains("和园社区", "柳树村");
                WebElement header = b.find(By.cssSelector("#comparisonTable button[data-key='received']"));
                header.click();
                assertThat(b.find(By.xpath("//table[@id='comparisonTable']//th[button[@data-key='received']]"))
                        .getAttribute("aria-sort")).isEqualTo("ascending");
                header.click();
                assertThat(b.find(By.xpath("//table[@id='comparisonTable']//th[button[@data-key='received']]"))
                        .getAttribute("aria-sort")).isEqualTo("descending");
                List<Integer> received = b.all(By.cssSelector("#comparison tr")).stream()
                        .map(tr -> Integer.parseInt(tr.findElements(By.tagName("td")).get(0).getText())).toList();
                assertThat(received).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            });
            b.step("export the summary and the comparison as CSV and XLSX", () -> {
                String href = b.find(By.id("csv")).getAttribute("href");
                assertThat(href).contains("format=csv", "unitId=qinghe");
                assertThat(download(b, href)).contains("及时响应率", "受理").doesNotContain("0.333");
                assertThat(download(b, b.find(By.id("comparisonCsv")).getAttribute("href")))
                        .contains("社区,受理,未办结,当前超期", "和园社区", "柳树村");
                assertThat(download(b, b.find(By.id("comparisonXlsx")).getAttribute("href")))
                        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            });
            b.step("pick 和园社区 by its name and see its figures", () -> {
                new Select(b.find(By.id("unit"))).selectByVisibleText("社区");
                new Select(b.find(By.id("unitId"))).selectByVisibleText("和园社区");
                b.click(By.cssSelector("#filters button[type='submit']"));
                b.waitForText(By.id("unitLabel"), "和园社区");
                b.waitForText(By.id("comparisonPart"), "网格");
                assertThat(b.script("return document.getElementById('error').textContent")).as("no error").isEqualTo("");
            });
            WebElement row = b.step("find the late petition in the overdue list", () -> {
                WebElement found = b.waitUntil(d -> d.findElements(By.cssSelector("#overdue tr")).stream()
                        .filter(tr -> tr.getText().contains(late)).findFirst().orElse(null));
                b.reveal(By.id("overdue"));
                assertThat(found.getText()).contains("和园社区", "首次联系", "居民诉求办理", "超期");
                assertThat(found.findElements(By.partialLinkText("流程"))).as("no Cockpit link").isEmpty();
                // the counter counts exactly the rows of the list
                int rows = b.all(By.cssSelector("#overdue tr")).size();
                assertThat(b.find(By.id("counts")).getText()).contains("当前超期：" + rows);
                assertThat(b.find(By.id("overdueTotal")).getText()).contains("共 " + rows + " 项");
                return found;
            });
            b.step("export the overdue list as CSV and XLSX", () -> {
                String csv = download(b, b.find(By.id("overdueCsv")).getAttribute("href"));
                assertThat(csv).contains("类型,编号,事项,流程,社区,办理人,阶段,期限,超期", late);
                assertThat(download(b, b.find(By.id("overdueXlsx")).getAttribute("href")))
                        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            });
            b.step("follow its task link into Tasklist and see the task", () -> {
                String dashboard = b.driver().getWindowHandle();
                row.findElement(By.linkText("任务")).click();
                b.waitUntil(d -> d.getWindowHandles().size() > 1);
                b.driver().getWindowHandles().stream().filter(h -> !h.equals(dashboard)).findFirst()
                        .ifPresent(h -> b.driver().switchTo().window(h));
                assertThat(b.driver().getCurrentUrl()).contains("task=" + lateTask.getId());
                Tasklist tasklist = new Tasklist(b);
                // still the one login: Tasklist opens the task without asking again
                assertThat(b.waitForText(By.cssSelector(".task-details"), late)).contains("联系诉求人");
                assertThat(tasklist.header()).as("his read-only view of the worker's task").contains("居民诉求办理");
            });
        }
    }

    @Test
    @Order(7)
    void journey7DesignerDeploysAChangedModelAndNewPetitionsFollowIt() {
        String renamed = "联系诉求人（24 小时内电话或上门）";
        String model = read("processes/ResidentPetitionProcess.bpmn").replace("name=\"联系诉求人\"",
                "name=\"" + renamed + "\"");
        assertThat(model).contains(renamed);
        int before = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ResidentPetitionProcess")
                .latestVersion().singleResult().getVersion();
        try (Browser b = Browser.desktop(port, "Journey 7 designer")) {
            b.step("a worker's deployment of the changed model is refused", () -> {
                var refused = deploy("zhangwei", model);
                assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
                assertThat(latestVersion()).isEqualTo(before);
            });
            b.step("the designer deploys it as Camunda Modeler does, with its decision and forms", () -> {
                var deployed = deploy("designer", model);
                assertThat(deployed.status()).as(deployed.toString()).isEqualTo(200);
                assertThat(deployed.json().get("deployedProcessDefinitions").toString())
                        .contains("ResidentPetitionProcess");
                assertThat(latestVersion()).isEqualTo(before + 1);
            });
            String number = api("demo").post("/api/petitions", body("category", "PROPERTY_MANAGEMENT",
                    "communityCode", "heyuan", "gridCode", "heyuan-g1", "location", "和园小区3号楼",
                    "description", "楼道声控灯不亮")).json().get("number").asText();
            Task contact = awaitTask(number, "Activity_ContactPetitioner");
            b.step("a new petition runs on the new version", () -> {
                String definition = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
                        .singleResult().getProcessDefinitionId();
                assertThat(repositoryService.getProcessDefinition(definition).getVersion()).isEqualTo(before + 1);
            });
            b.step("the worker sees the renamed task, with its form, in Tasklist", () -> {
                Tasklist tasklist = new Tasklist(b);
                tasklist.login(contact.getAssignee(), "demo");
                tasklist.filter("我的待办");
                tasklist.open(contact.getId());
                assertThat(tasklist.header()).contains(renamed, "诉求 " + number);
                b.find(tasklist.field("Field_ContactNote"));
            });
            b.keyScreenshot("worker-task-from-new-model-version");
        }
    }

    private int latestVersion() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey("ResidentPetitionProcess")
                .latestVersion().singleResult().getVersion();
    }

    /** A multipart deployment as Camunda Modeler sends it: the model, its decision and its forms in one deployment. */
    private HttpApi.Response deploy(String user, String model) {
        String boundary = "modeler-" + UUID.randomUUID();
        List<String[]> files = new ArrayList<>();
        files.add(new String[] {"ResidentPetitionProcess.bpmn", model});
        files.add(new String[] {"PetitionDispatchDecision.dmn", read("processes/PetitionDispatchDecision.dmn")});
        for (String form : List.of("petition-intake", "choose-petition-community", "contact-petitioner",
                "handle-petition", "call-back-petitioner", "supervise-overdue-petition", "answer-returned-petition")) {
            files.add(new String[] {form + ".form", read("forms/" + form + ".form")});
        }
        StringBuilder multipart = new StringBuilder();
        for (Map.Entry<String, String> field : Map.of("deployment-name", "ResidentPetitionProcess",
                "deployment-source", "Camunda Modeler", "deploy-changed-only", "true").entrySet()) {
            multipart.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                    .append(field.getKey()).append("\"\r\n\r\n").append(field.getValue()).append("\r\n");
        }
        for (String[] file : files) {
            multipart.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                    .append(file[0]).append("\"; filename=\"").append(file[0])
                    .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n").append(file[1]).append("\r\n");
        }
        multipart.append("--").append(boundary).append("--\r\n");
        BodyPublisher body = BodyPublishers.ofString(multipart.toString(), StandardCharsets.UTF_8);
        return api(user).postRaw("/engine-rest/deployment/create", "multipart/form-data; boundary=" + boundary, body);
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file behind an export link, fetched in the page with its login: CSV as text, anything else its type. */
    private static String download(Browser b, String href) {
        Object answer = ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + " fetch(arguments[0], { credentials: 'same-origin' }).then(function (r) {"
                        + " var type = r.headers.get('Content-Type') || '';"
                        + " return type.indexOf('text/csv') === 0 ? r.text() : type; }).then(done);", href);
        return String.valueOf(answer);
    }

    private static int received(String counts) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("受理：(\\d+)").matcher(counts);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    private Timestamp today() {
        return Timestamp.valueOf(LocalDateTime.now(clock).toLocalDate().atStartOfDay());
    }
}
