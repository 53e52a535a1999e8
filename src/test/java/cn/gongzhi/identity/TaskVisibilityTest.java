package cn.gongzhi.identity;

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
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A worker of one community cannot see another community's tasks; history is readable by the street's supervisors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskVisibilityTest {

    private static final String EXAMPLE = "CommunityMatterExample";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    RepositoryService repositoryService;

    String key;
    ProcessInstance heyuan;
    ProcessInstance liushu;

    @BeforeEach
    void startOneMatterInEachCommunity() {
        key = UUID.randomUUID().toString();
        heyuan = runtimeService.startProcessInstanceByKey(EXAMPLE, key, Map.of("communityCode", "heyuan"));
        liushu = runtimeService.startProcessInstanceByKey(EXAMPLE, key, Map.of("communityCode", "liushu"));
    }

    @AfterEach
    void removeThem() {
        runtimeService.deleteProcessInstancesIfExists(List.of(heyuan.getId(), liushu.getId()), "test", true, true,
                true);
    }

    @Test
    void engineRestRequiresLogin() {
        assertThat(HttpApi.anonymous(port).get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(HttpApi.as(port, "no-such-login", "wrong").get("/engine-rest/task").status()).isEqualTo(401);
    }

    @Test
    void workerSeesOnlyHerOwnCommunitysTasks() {
        assertThat(taskInstances("zhangwei")).containsExactly(heyuan.getId());
        assertThat(taskInstances("sunli")).containsExactly(liushu.getId());
        assertThat(taskInstances("water-liaison")).isEmpty();

        String liushuTask = HttpApi.as(port, "sunli", "demo").get("/engine-rest/task?processInstanceBusinessKey=" + key)
                .json().get(0).get("id").asText();
        HttpApi zhangwei = HttpApi.as(port, "zhangwei", "demo");
        assertThat(zhangwei.get("/engine-rest/task/" + liushuTask).status()).isIn(403, 404);
        assertThat(zhangwei.post("/engine-rest/task/" + liushuTask + "/claim", Map.of("userId", "zhangwei")).status())
                .isIn(403, 404);
        assertThat(zhangwei.post("/engine-rest/task/" + liushuTask + "/complete", Map.of()).status()).isIn(403, 404);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(liushu.getId()).count()).isEqualTo(1);
    }

    @Test
    void workerWorksHerTaskThroughItsForm() {
        HttpApi zhangwei = HttpApi.as(port, "zhangwei", "demo");
        String task = zhangwei.get("/engine-rest/task?processInstanceBusinessKey=" + key).json().get(0).get("id")
                .asText();
        JsonNode form = zhangwei.get("/engine-rest/task/" + task + "/deployed-form").json();
        assertThat(form.get("id").asText()).isEqualTo("ReviewMatterForm");
        assertThat(zhangwei.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "zhangwei")).status())
                .isEqualTo(204);
        var variables = Map.of("variables", Map.of("reviewComment", Map.of("value", "已核实", "type", "String")));
        assertThat(zhangwei.post("/engine-rest/task/" + task + "/complete", variables).status()).isEqualTo(204);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(heyuan.getId()).count()).isZero();
    }

    @Test
    void supervisorsReadTheHistoryOfTheirOwnStreetAndCommunity() {
        assertThat(historyInstances("gaojian")).containsExactlyInAnyOrder(heyuan.getId(), liushu.getId());
        assertThat(historyInstances("chenjing")).containsExactly(heyuan.getId());
        assertThat(historyInstances("zhoumin")).containsExactly(liushu.getId());
        assertThat(historyInstances("zhangwei")).isEmpty();
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

    private List<String> taskInstances(String username) {
        return ids(HttpApi.as(port, username, "demo").get("/engine-rest/task?processInstanceBusinessKey=" + key).json(),
                "processInstanceId");
    }

    private List<String> historyInstances(String username) {
        return ids(HttpApi.as(port, username, "demo")
                .get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + key).json(), "id");
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.get(field).asText()));
        return ids;
    }
}
