package cn.gongzhi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Journey 14 — the yearly appraisal of the street's community workers (社区工作者年度考核, issue 21), each person in her
 * own browser: the street office's 高建 starts it in Tasklist and chooses 清河街道 and the year from lists; the worker
 * 刘洋 files her self-report; her head 陈静 reads the figures counted from the records and proposes 优秀; the street
 * office's 林晓 decides 优秀 (the other workers' steps go through the engine's API as their people); the publicity
 * window ends (its timer run through the engine); 刘洋's grade has risen one step on /api/workers/me.
 */
class WorkerAppraisalJourneysE2E extends E2ESupport {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String REPORT = "今年主要负责居民诉求办理和楼院走访，参加了两次培训，按时完成各项任务。";

    @Autowired
    ManagementService managementService;

    @Autowired
    FormService formService;

    @Autowired
    IdentityService identityService;

    @Test
    void journey14TheStreetAppraisesItsWorkersAndAnExcellentWorkersGradeRises() {
        int year = LocalDate.now(CHINA).getYear();
        int gradeBefore = api("liuyang").get("/api/workers/me").json().get("grade").asInt();
        try (Browser office = Browser.desktop(port, "Journey 14 street office");
                Browser worker = Browser.desktop(port, "Journey 14 worker");
                Browser head = Browser.desktop(port, "Journey 14 community head");
                Browser decider = Browser.desktop(port, "Journey 14 street office, deciding")) {
            Tasklist officeTasks = new Tasklist(office);
            office.step("log into Tasklist as gaojian, secretary of 清河街道党工委", () -> officeTasks.login("gaojian",
                    "demo"));
            office.step("start 社区工作者年度考核: the form explains it and asks for nothing to type", () -> {
                Tasklist.startProcess(office, "社区工作者年度考核");
                assertThat(office.find(By.cssSelector(".modal-dialog .fjs-form")).getText()).contains("年度考核");
                office.click(By.cssSelector(".modal-dialog button[ng-click='startProcessInstance()']"));
                office.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
            });
            Task choose = awaitOne(() -> taskService.createTaskQuery().processDefinitionKey("AnnualAppraisalProcess")
                    .taskDefinitionKey("Activity_ChooseAppraisalStreet").taskAssignee("gaojian").list());
            String instance = choose.getProcessInstanceId();
            office.step("choose 清河街道 and this year by name, and complete", () -> {
                officeTasks.filter("我的待办");
                officeTasks.open(choose.getId());
                FormControls.chooseSelectOption(office, ".task-details", "Field_AppraisalStreet", "清河街道");
                FormControls.chooseSelectOption(office, ".task-details", "Field_AppraisalYear", year + "年度");
            });
            office.keyScreenshot("street-office-starts-the-appraisal");
            office.step("complete the choice", () -> officeTasks.complete(choose.getId()));

            Task report = awaitOne(() -> taskService.createTaskQuery().processInstanceId(instance)
                    .taskDefinitionKey("Activity_FileSelfReport").taskAssignee("liuyang").list());
            Tasklist workerTasks = new Tasklist(worker);
            worker.step("log in as liuyang and write her self-report in 我的待办", () -> {
                workerTasks.login("liuyang", "demo");
                workerTasks.filter("我的待办");
                workerTasks.open(report.getId());
                assertThat(workerTasks.header()).contains("填写年度述职");
                workerTasks.fill("Field_SelfReport", REPORT);
            });
            worker.keyScreenshot("worker-files-her-self-report");
            worker.step("complete the self-report", () -> workerTasks.complete(report.getId()));
            settle(instance, "Activity_FileSelfReport", Map.of("selfReport", REPORT));

            Task propose = awaitOne(() -> taskService.createTaskQuery().processInstanceId(instance)
                    .taskDefinitionKey("Activity_ProposeResult").taskCandidateUser("chenjing").list().stream()
                    .filter(t -> summaryOf(t).startsWith("#### 刘洋 ")).toList());
            Tasklist headTasks = new Tasklist(head);
            head.step("log in as chenjing, head of 和园社区: 刘洋's sheet shows the figures from the records", () -> {
                headTasks.login("chenjing", "demo");
                headTasks.filter("本组待办");
                headTasks.open(propose.getId());
                assertThat(headTasks.header()).contains("提出考核建议");
                assertThat(head.find(By.cssSelector(".task-details")).getText()).contains("刘洋", "培训学时", "承办诉求");
                headTasks.claim();
                headTasks.choose("提出考核建议");
                FormControls.chooseSelectOption(head, ".task-details", "Field_ProposedResult", "优秀");
            });
            head.keyScreenshot("head-proposes-excellent");
            head.step("complete the proposal", () -> headTasks.complete(propose.getId()));
            settle(instance, "Activity_ProposeResult", Map.of("appraisalDecision", "PROPOSE", "proposedResult",
                    "COMPETENT"));

            Task decide = awaitOne(() -> taskService.createTaskQuery().processInstanceId(instance)
                    .taskDefinitionKey("Activity_DecideResult").taskCandidateUser("linxiao").list().stream()
                    .filter(t -> summaryOf(t).startsWith("#### 刘洋 ")).toList());
            Tasklist deciderTasks = new Tasklist(decider);
            decider.step("log in as linxiao of the street office and decide 优秀 for 刘洋", () -> {
                deciderTasks.login("linxiao", "demo");
                deciderTasks.filter("本组待办");
                deciderTasks.open(decide.getId());
                assertThat(decider.find(By.cssSelector(".task-details")).getText()).contains("考核建议", "优秀");
                deciderTasks.claim();
                FormControls.chooseSelectOption(decider, ".task-details", "Field_DecidedResult", "优秀");
            });
            decider.keyScreenshot("street-office-decides-excellent");
            decider.step("complete the decision", () -> deciderTasks.complete(decide.getId()));
            settle(instance, "Activity_DecideResult", Map.of("decidedResult", "COMPETENT"));

            awaitOne(() -> taskService.createTaskQuery().processInstanceId(instance)
                    .taskDefinitionKey("Activity_FileObjection").taskAssignee("liuyang").list());
            for (Job window : managementService.createJobQuery().processInstanceId(instance).timers().list()) {
                managementService.executeJob(window.getId());
            }
            HttpApi.Response mine = api("liuyang").get("/api/workers/me");
            assertThat(mine.json().get("grade").asInt()).as("优秀 brings one step").isEqualTo(gradeBefore + 1);
            assertThat(mine.body()).contains("\"year\":" + year, "EXCELLENT");
        }
    }

    /** The other workers' tasks of this step, submitted through the engine as their assignee or first candidate. */
    private void settle(String instance, String key, Map<String, Object> form) {
        for (Task t : taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).list()) {
            String actor = t.getAssignee() != null ? t.getAssignee() : taskService.getIdentityLinksForTask(t.getId())
                    .stream().map(IdentityLink::getUserId).filter(u -> u != null).findFirst().orElseThrow();
            identityService.setAuthentication(actor, List.of());
            try {
                formService.submitTaskForm(t.getId(), form);
            } finally {
                identityService.clearAuthentication();
            }
        }
    }

    private String summaryOf(Task task) {
        Object summary = taskService.getVariableLocal(task.getId(), "caseSummary");
        return summary == null ? "" : summary.toString();
    }

    private static <T> T awaitOne(Supplier<List<T>> query) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        List<T> found = List.of();
        while (Instant.now().isBefore(deadline)) {
            found = query.get();
            if (found.size() == 1) {
                return found.get(0);
            }
            sleep(200);
        }
        throw new AssertionError("expected one, found " + found);
    }
}
