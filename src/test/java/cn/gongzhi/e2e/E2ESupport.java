package cn.gongzhi.e2e;

import cn.gongzhi.support.HttpApi;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application as users meet it: started once on a random port with the demo street (demo data, password
 * {@code demo}) and the job executor running, shared by every journey class (one Spring context), so the supervisor's
 * journey sees what the others did. Run with {@code mvn verify -Pe2e} (docs/e2e.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=true")
abstract class E2ESupport {

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    /** Waits (up to 20 s) for the open task of a petition, deliberation or escalation by its business key. */
    Task awaitTask(String businessKey, String taskDefinitionKey) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
                    .taskDefinitionKey(taskDefinitionKey).list();
            if (!tasks.isEmpty()) {
                return tasks.get(0);
            }
            sleep(200);
        }
        throw new AssertionError("no open task " + taskDefinitionKey + " for " + businessKey + " within 20 s");
    }

    HttpApi api(String user) {
        return HttpApi.as(port, user, "demo");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
