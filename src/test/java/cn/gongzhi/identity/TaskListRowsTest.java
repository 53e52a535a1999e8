package cn.gongzhi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import static cn.gongzhi.support.HttpApi.body;

import cn.gongzhi.support.HttpApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist's rows tell cases apart and its people have names: every filter shows the matter's number, category and
 * place on each task row, and a street supervisor, who belongs to none of a community's groups, reads a community
 * group's and a worker's name rather than their ids. She still cannot change either.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskListRowsTest {

    @LocalServerPort
    int port;

    @Test
    void everyFilterShowsNumberCategoryAndPlaceOnEachRow() {
        JsonNode filters = HttpApi.as(port, "gaojian", "demo").get("/engine-rest/filter?resourceType=Task").json();
        assertThat(filters).hasSize(3);
        for (JsonNode filter : filters) {
            List<String> shown = new ArrayList<>();
            filter.path("properties").path("variables").forEach(v -> shown.add(v.path("name").asText() + "="
                    + v.path("label").asText()));
            assertThat(shown).as(filter.path("name").asText())
                    .containsExactly("matterNumber=编号", "matterCategory=类别", "matterPlace=地点",
                            "matterSummary=事项");
            assertThat(filter.path("properties").path("showUndefinedVariable").asBoolean(true)).isFalse();
        }
    }

    @Test
    void everythingVisibleIsTheSupervisorsFilterAndAWorkerIsRefusedIt() {
        assertThat(filterNames("zhangwei")).as("a worker: her own and her claimable tasks")
                .containsExactly("我的待办", "本组待办");
        assertThat(filterNames("chenjing")).as("a worker who is also her community's supervisor")
                .containsExactly("我的待办", "本组待办", "全部可见任务");
        assertThat(filterNames("gaojian")).as("a street supervisor")
                .containsExactly("我的待办", "本组待办", "全部可见任务");
        String all = filterId("gaojian", "全部可见任务");
        HttpApi zhangwei = HttpApi.as(port, "zhangwei", "demo");
        assertThat(zhangwei.post("/engine-rest/filter/" + all + "/list?firstResult=0&maxResults=15",
                java.util.Map.of()).status()).as("listing it by its id").isEqualTo(403);
        assertThat(zhangwei.post("/engine-rest/filter/" + all + "/count", java.util.Map.of()).status())
                .as("counting it by its id").isEqualTo(403);
        assertThat(HttpApi.as(port, "gaojian", "demo").post("/engine-rest/filter/" + all + "/count",
                java.util.Map.of()).status()).isEqualTo(200);
    }

    private List<String> filterNames(String user) {
        List<String> names = new ArrayList<>();
        HttpApi.as(port, user, "demo").get("/engine-rest/filter?resourceType=Task").json()
                .forEach(f -> names.add(f.path("name").asText()));
        names.sort(java.util.Comparator.comparing(n -> List.of("我的待办", "本组待办", "全部可见任务").indexOf(n)));
        return names;
    }

    private String filterId(String user, String name) {
        for (JsonNode filter : HttpApi.as(port, user, "demo").get("/engine-rest/filter?resourceType=Task").json()) {
            if (filter.path("name").asText().equals(name)) {
                return filter.path("id").asText();
            }
        }
        throw new AssertionError(user + " has no filter " + name);
    }

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    HistoryService historyService;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aWorkersRowsShowTheMatterSheMayReadAndHistoryKeepsNoCopy() {
        // the petition filed here counts in its worker's caseload, which decides whom other tests' petitions go to
        cn.gongzhi.support.TestDataJanitor janitor = cn.gongzhi.support.TestDataJanitor.before(jdbc, runtimeService);
        String number = HttpApi.as(port, "demo", "demo").post("/api/petitions", body("category", "PROPERTY_MANAGEMENT",
                "communityCode", "heyuan", "gridCode", "heyuan-g1", "location", "7号楼",
                "description", "楼道灯坏了，晚上看不清台阶，回电 13912345678")).json().get("number").asText();
        try {
            HttpApi zhangwei = HttpApi.as(port, "zhangwei", "demo").withHeader("Accept", "application/hal+json");
            List<JsonNode> tasks = new ArrayList<>();
            for (String filter : List.of("我的待办", "本组待办")) {
                HttpApi.Response list = zhangwei.post("/engine-rest/filter/" + filterId("zhangwei", filter)
                        + "/list?firstResult=0&maxResults=200", java.util.Map.of());
                assertThat(list.status()).as(list.toString()).isEqualTo(200);
                list.json().path("_embedded").path("task").forEach(tasks::add);
            }
            assertThat(tasks).isNotEmpty();
            java.util.Map<String, String> row = new java.util.HashMap<>();
            for (JsonNode task : tasks) {
                java.util.Map<String, String> shown = new java.util.HashMap<>();
                task.path("_embedded").path("variable").forEach(v -> shown.put(v.path("name").asText(),
                        v.path("value").asText()));
                if (number.equals(shown.get("matterNumber"))) {
                    row = shown;
                }
            }
            // she holds no READ on the process instance: the row reads the task's own copies
            assertThat(row).containsEntry("matterCategory", "物业服务").containsEntry("matterPlace", "和园社区 和园第一网格");
            assertThat(row.get("matterSummary")).startsWith("楼道灯坏了").contains("139****5678")
                    .doesNotContain("13912345678");
            assertThat(historyService.createHistoricVariableInstanceQuery().variableName("matterNumber").list())
                    .as("history keeps the process's variable, not a copy per task")
                    .allMatch(v -> v.getTaskId() == null);
        } finally {
            janitor.restore();
        }
    }

    @Autowired
    org.camunda.bpm.engine.TaskService taskService;

    @Test
    void theClaimableFilterListsAGroupsTaskAndATaskOfferedByNameButNotAnothersOffer() {
        org.camunda.bpm.engine.task.Task offered = taskService.newTask();
        offered.setName("认领社区服务（测试）");
        taskService.saveTask(offered);
        org.camunda.bpm.engine.task.Task grouped = taskService.newTask();
        grouped.setName("回访诉求人（测试）");
        taskService.saveTask(grouped);
        try {
            taskService.addCandidateUser(offered.getId(), "hexiaoyan");
            taskService.addCandidateGroup(grouped.getId(), "workers-heyuan");
            assertThat(claimable("hexiaoyan")).as("offered to her by name").contains(offered.getId())
                    .doesNotContain(grouped.getId());
            assertThat(claimable("chenjing")).as("her group's task, not another's offer").contains(grouped.getId())
                    .doesNotContain(offered.getId());
        } finally {
            taskService.deleteTask(offered.getId(), true);
            taskService.deleteTask(grouped.getId(), true);
        }
    }

    private List<String> claimable(String user) {
        HttpApi api = HttpApi.as(port, user, "demo");
        String id = null;
        for (JsonNode filter : api.get("/engine-rest/filter?resourceType=Task").json()) {
            if (filter.path("name").asText().equals("本组待办")) {
                id = filter.path("id").asText();
            }
        }
        HttpApi.Response list = api.post("/engine-rest/filter/" + id + "/list?firstResult=0&maxResults=500",
                java.util.Map.of());
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        list.json().forEach(t -> ids.add(t.path("id").asText()));
        return ids;
    }

    @Test
    void aStreetSupervisorReadsGroupAndWorkerNamesButChangesNeither() {
        HttpApi supervisor = HttpApi.as(port, "gaojian", "demo");
        assertThat(supervisor.get("/engine-rest/group/workers-heyuan").json().path("name").asText())
                .isEqualTo("和园社区社区工作者");
        assertThat(supervisor.get("/engine-rest/user/zhangwei/profile").json().path("lastName").asText()
                + supervisor.get("/engine-rest/user/zhangwei/profile").json().path("firstName").asText())
                .contains("张");
        assertThat(supervisor.put("/engine-rest/group/workers-heyuan", java.util.Map.of("id", "workers-heyuan",
                "name", "改名")).status()).isEqualTo(403);
        assertThat(supervisor.put("/engine-rest/user/zhangwei/profile", java.util.Map.of("id", "zhangwei",
                "firstName", "改", "lastName", "名")).status()).isEqualTo(403);
    }
}
