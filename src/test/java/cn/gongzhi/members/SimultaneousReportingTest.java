package cn.gongzhi.members;

import static cn.gongzhi.petition.web.PetitionApiTestSupport.vars;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.registry.PartyMemberReporting;
import cn.gongzhi.registry.ReportingStatus;
import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two reportings of one member at the same moment: the member herself in Tasklist and her unit's contact in an
 * instance of his own. The contact's write is held open in its transaction while hers arrives and waits on the row;
 * when his commits, hers meets the row's new version. She is answered 409 in Chinese, not 500, and nothing of hers
 * is written: the member is reported once, by the contact's instance, and her task stays open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SimultaneousReportingTest {

    private static final String START = "/engine-rest/process-definition/key/PartyMemberReportingProcess/submit-form";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    PartyMemberReporting reporting;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private String herInstance;
    private String contactInstance;
    private long memberId;

    @AfterEach
    void cleanUp() {
        pool.shutdownNow();
        for (String instance : new String[] {herInstance, contactInstance}) {
            if (instance != null && runtimeService.createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
                runtimeService.deleteProcessInstance(instance, "test done", true, true);
            }
        }
        if (reporting.view(memberId).status() != null && reporting.view(memberId).status().isOpen()) {
            reporting.moveAway(memberId, "测试结束");
        }
    }

    @Test
    void theSecondOfTwoSimultaneousReportingsIsAConflictAndWritesNothing() throws Exception {
        HttpApi he = HttpApi.as(port, "hexiaoyan", "demo");
        HttpApi contact = HttpApi.as(port, "yiyuan-party", "demo");
        memberId = reporting.reportableBy("hexiaoyan").get(0).memberId();
        herInstance = he.post(START, vars()).json().get("id").asText();
        contactInstance = contact.post(START, vars()).json().get("id").asText();
        String herTask = he.get("/engine-rest/task?processInstanceId=" + herInstance).json().get(0).get("id")
                .asText();

        // the contact's completion, in its own transaction, holds the member's row until it commits
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Future<?> contactsWrite = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            reporting.report(memberId, "heyuan", "yiyuan-party", contactInstance);
            written.countDown();
            await(commit);
        }));
        assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Response> hers = CompletableFuture.supplyAsync(() -> he.post(
                "/engine-rest/task/" + herTask + "/submit-form",
                vars("member", String.valueOf(memberId), "community", "heyuan")), pool);
        waitUntilAWriteWaitsOnALock();
        commit.countDown();
        contactsWrite.get(30, TimeUnit.SECONDS);

        Response answer = hers.get(60, TimeUnit.SECONDS);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
        assertThat(answer.json().get("message").asText()).contains("同时", "未作任何修改", "刷新");
        assertThat(reporting.view(memberId).status()).isEqualTo(ReportingStatus.REPORTED);
        assertThat(jdbc.queryForObject("select reporting_instance_id from party_member where id = ?", String.class,
                memberId)).as("reported once, by the contact's instance").isEqualTo(contactInstance);
        JsonNode herTasks = he.get("/engine-rest/task?processInstanceId=" + herInstance).json();
        assertThat(herTasks.size()).as("her step stays open").isEqualTo(1);
        assertThat(herTasks.get(0).get("taskDefinitionKey").asText()).isEqualTo("Activity_CompleteReport");
        assertThat(runtimeService.getVariable(herInstance, "partyMemberId")).as("nothing of hers written").isNull();
    }

    /** Her submission has read the row and now waits for the contact's lock on it (the database says so). */
    private void waitUntilAWriteWaitsOnALock() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            Integer blocked = jdbc.queryForObject(
                    "select count(*) from information_schema.sessions where blocker_id is not null", Integer.class);
            if (blocked != null && blocked > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("her submission never reached the member's row");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new AssertionError("never told to commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
