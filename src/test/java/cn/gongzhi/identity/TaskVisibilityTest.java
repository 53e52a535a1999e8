package cn.gongzhi.identity;

import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A worker of one community cannot see another community's tasks; history is readable by the supervisors of the
 * community and of its street. Two petitions, one in 和园社区 and one in 柳树村, filed through the staff API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskVisibilityTest {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    org.camunda.bpm.engine.TaskService taskService;

    String heyuan;
    String liushu;

    @BeforeEach
    void fileOnePetitionInEachCommunity() {
        HttpApi operator = HttpApi.as(port, "demo", "demo");
        heyuan = operator.post("/api/petitions", body("category", "PROPERTY_MANAGEMENT", "communityCode", "heyuan",
                "gridCode", "heyuan-g1", "location", "5号楼", "description", "电梯停运三天")).json().get("number").asText();
        liushu = operator.post("/api/petitions", body("category", "VILLAGE_ROADS", "communityCode", "liushu",
                "gridCode", "liushu-g1", "location", "东口桥", "description", "桥面塌陷")).json().get("number").asText();
    }

    @AfterEach
    void removeThem() {
        for (String number : List.of(heyuan, liushu)) {
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).list()
                    .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test done", true, true));
        }
    }

    @Test
    void engineRestRequiresLogin() {
        assertThat(HttpApi.anonymous(port).get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(HttpApi.as(port, "no-such-login", "wrong").get("/engine-rest/task").status()).isEqualTo(401);
    }

    @Test
    void workerSeesOnlyHerOwnCommunitysTasks() {
        assertThat(tasks("zhangwei")).containsExactly(heyuan);
        assertThat(tasks("liuyang")).containsExactly(heyuan);
        assertThat(tasks("sunli")).containsExactly(liushu);
        assertThat(tasks("water-liaison")).isEmpty();

        String liushuTask = task("sunli", liushu);
        HttpApi zhangwei = HttpApi.as(port, "zhangwei", "demo");
        assertThat(zhangwei.get("/engine-rest/task/" + liushuTask).status()).isIn(403, 404);
        assertThat(zhangwei.post("/engine-rest/task/" + liushuTask + "/claim", Map.of("userId", "zhangwei")).status())
                .isIn(403, 404);
        assertThat(zhangwei.post("/engine-rest/task/" + liushuTask + "/complete", Map.of()).status()).isIn(403, 404);
        assertThat(HttpApi.as(port, "sunli", "demo").get("/engine-rest/task/" + liushuTask).status()).isEqualTo(200);
    }

    @Test
    void workerWorksHerTaskThroughItsForm() {
        HttpApi zhangwei = HttpApi.as(port, "zhangwei", "demo");
        String task = task("zhangwei", heyuan);
        JsonNode form = zhangwei.get("/engine-rest/task/" + task + "/deployed-form").json();
        assertThat(form.get("id").asText()).isEqualTo("ContactPetitionerForm");
        var variables = Map.of("variables", Map.of("contactNote", Map.of("value", "已电话联系物业经理", "type", "String")));
        assertThat(zhangwei.post("/engine-rest/task/" + task + "/submit-form", variables).status()).isEqualTo(204);
        JsonNode next = zhangwei.get("/engine-rest/task?processInstanceBusinessKey=" + heyuan).json();
        assertThat(next.get(0).get("taskDefinitionKey").asText()).isEqualTo("Activity_HandlePetition");
    }

    @Test
    void supervisorsReadTheHistoryOfTheirOwnStreetAndCommunity() {
        assertThat(history("gaojian")).containsExactlyInAnyOrder(heyuan, liushu);
        assertThat(history("chenjing")).containsExactly(heyuan);
        assertThat(history("zhoumin")).containsExactly(liushu);
        assertThat(history("zhangwei")).isEmpty();
    }

    @Test
    void supervisorsSeeTheirStreetsOpenTasksButDoNotWorkThem() {
        assertThat(tasks("gaojian")).as("street supervisor").containsExactlyInAnyOrder(heyuan, liushu);
        assertThat(tasks("chenjing")).as("heyuan's head").containsExactly(heyuan);
        assertThat(tasks("zhoumin")).as("liushu's head").containsExactly(liushu);
        String heyuanTask = task("zhangwei", heyuan);
        // gaojian is in no worker group: he reads the task, and may neither take it over nor complete it
        HttpApi gaojian = HttpApi.as(port, "gaojian", "demo");
        assertThat(gaojian.get("/engine-rest/task/" + heyuanTask).status()).isEqualTo(200);
        assertThat(gaojian.post("/engine-rest/task/" + heyuanTask + "/assignee", Map.of("userId", "gaojian")).status())
                .isEqualTo(403);
        assertThat(gaojian.post("/engine-rest/task/" + heyuanTask + "/complete", Map.of()).status()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(heyuanTask).singleResult().getAssignee()).isEqualTo("zhangwei");
        // the callback has the community's supervisors among its candidates: their own grant stands, none is added
        HttpApi zhangwei = HttpApi.as(port, "zhangwei", "demo");
        assertThat(zhangwei.post("/engine-rest/task/" + heyuanTask + "/submit-form", Map.of("variables",
                Map.of("contactNote", Map.of("value", "已电话联系"))))).extracting(HttpApi.Response::status).isEqualTo(204);
        String handle = task("zhangwei", heyuan);
        assertThat(zhangwei.post("/engine-rest/task/" + handle + "/submit-form", Map.of("variables",
                Map.of("handlingOutcome", Map.of("value", "RESOLVED"), "measures", Map.of("value", "已修复")))))
                .extracting(HttpApi.Response::status).isEqualTo(204);
        String callback = task("chenjing", heyuan);
        assertThat(taskService.createTaskQuery().taskId(callback).singleResult().getTaskDefinitionKey())
                .isEqualTo("Activity_CallBackPetitioner");
        assertThat(gaojian.get("/engine-rest/task/" + callback).status()).isEqualTo(200);
        assertThat(HttpApi.as(port, "zhoumin", "demo").get("/engine-rest/task/" + heyuanTask).status()).isIn(403, 404);
    }

    @Test
    void designerMayDeployAndWorkerMayNot() {
        String boundary = "gongzhi-" + UUID.randomUUID();
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://gongzhi.cn/test">
                  <process id="DeploymentCheck" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <startEvent id="StartEvent_Started"/>
                  </process>
                </definitions>
                """;
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
                + "deployment-check\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; "
                + "filename=\"DeploymentCheck.bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bpmn
                + "\r\n--" + boundary + "--\r\n";
        String contentType = "multipart/form-data; boundary=" + boundary;
        var refused = HttpApi.as(port, "zhangwei", "demo").postRaw("/engine-rest/deployment/create", contentType,
                BodyPublishers.ofString(multipart, StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        var deployed = HttpApi.as(port, "designer", "demo").postRaw("/engine-rest/deployment/create", contentType,
                BodyPublishers.ofString(multipart, StandardCharsets.UTF_8));
        assertThat(deployed.status()).as(deployed.toString()).isEqualTo(200);
        String deploymentId = deployed.json().get("id").asText();
        assertThat(repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult().getKey())
                .isEqualTo("DeploymentCheck");
        repositoryService.deleteDeployment(deploymentId, true);
    }

    private List<String> tasks(String username) {
        List<String> keys = new ArrayList<>();
        for (String number : List.of(heyuan, liushu)) {
            if (HttpApi.as(port, username, "demo").get("/engine-rest/task?processInstanceBusinessKey=" + number).json()
                    .size() > 0) {
                keys.add(number);
            }
        }
        return keys;
    }

    private String task(String username, String number) {
        return HttpApi.as(port, username, "demo").get("/engine-rest/task?processInstanceBusinessKey=" + number).json()
                .get(0).get("id").asText();
    }

    private List<String> history(String username) {
        List<String> keys = new ArrayList<>();
        HttpApi.as(port, username, "demo").get("/engine-rest/history/process-instance?processDefinitionKey="
                + "ResidentPetitionProcess").json().forEach(p -> {
                    String key = p.get("businessKey").asText();
                    if (key.equals(heyuan) || key.equals(liushu)) {
                        keys.add(key);
                    }
                });
        return keys;
    }
}
