package cn.gongzhi.petition.web;

import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two workers finish the same task at the same moment, or one takes a task another holds: exactly one wins, the other
 * is told in Chinese that someone was first (409), and the petition moves on once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentCompletionTest {

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> numbers = new ArrayList<>();

    @AfterEach
    void removePetitions() {
        for (String number : numbers) {
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).list()
                    .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test done", true, true));
        }
    }

    private Task contactTask() {
        String number = HttpApi.as(port, "demo", "demo").post("/api/petitions", body("category", "PROPERTY_MANAGEMENT",
                "communityCode", "heyuan", "gridCode", "heyuan-g1", "location", "3号楼", "description", "电梯停运"))
                .json().get("number").asText();
        numbers.add(number);
        return taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult();
    }

    @Test
    void twoWorkersCompleteTheSameTaskAtOnceAndOneIsToldItIsDone() throws Exception {
        for (int round = 0; round < 10; round++) {
            Task contact = contactTask();
            String processInstance = contact.getProcessInstanceId();
            var form = Map.of("variables", Map.of("contactNote", Map.of("value", "已电话联系")));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Response>> answers = new ArrayList<>();
            for (String worker : List.of("zhangwei", "liuyang")) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return HttpApi.as(port, worker, "demo").post("/engine-rest/task/" + contact.getId()
                            + "/submit-form", form);
                }));
            }
            start.countDown();
            List<Response> done = new ArrayList<>();
            for (Future<Response> answer : answers) {
                done.add(answer.get());
            }
            pool.shutdown();
            List<Integer> statuses = done.stream().map(Response::status).sorted().toList();
            assertThat(statuses).as("round %d: %s", round, done).containsExactly(204, 409);
            Response loser = done.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
            assertThat(loser.json().get("message").asText()).contains("已").contains("刷新");
            assertThat(taskService.createTaskQuery().processInstanceId(processInstance)
                    .taskDefinitionKey("Activity_HandlePetition").count()).as("advanced once").isOne();
            assertThat(jdbc.queryForObject("select count(*) from petition_event e join petition p"
                    + " on e.petition_id = p.id where p.process_instance_id = ? and e.type = 'CONTACTED'",
                    Integer.class, processInstance)).as("one contact recorded").isOne();
        }
    }

    @Test
    void aTaskCompletedByAnotherIsAConflictAndAnUnknownTaskIsNotFound() {
        Task contact = contactTask();
        var form = Map.of("variables", Map.of("contactNote", Map.of("value", "已电话联系")));
        assertThat(HttpApi.as(port, "zhangwei", "demo").post("/engine-rest/task/" + contact.getId() + "/submit-form",
                form).status()).isEqualTo(204);
        Response again = HttpApi.as(port, "liuyang", "demo").post("/engine-rest/task/" + contact.getId()
                + "/submit-form", form);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("message").asText()).contains("已由", "完成", "刷新");
        Response unknown = HttpApi.as(port, "liuyang", "demo").post("/engine-rest/task/no-such-task/complete",
                Map.of());
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void claimingATaskAnotherHoldsIsAConflict() {
        Task contact = contactTask();
        assertThat(contact.getAssignee()).as("dispatch assigned it").isNotNull();
        Response claim = HttpApi.as(port, "liuyang", "demo").post("/engine-rest/task/" + contact.getId() + "/claim",
                Map.of("userId", "liuyang"));
        assertThat(claim.status()).isEqualTo(409);
        assertThat(claim.json().get("message").asText()).contains("已由", "认领");
        assertThat(taskService.createTaskQuery().taskId(contact.getId()).singleResult().getAssignee())
                .isEqualTo(contact.getAssignee());
    }
}
