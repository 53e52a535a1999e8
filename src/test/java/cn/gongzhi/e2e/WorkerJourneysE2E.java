package cn.gongzhi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Journey 13 — a community head plans training (年度培训计划, issue 21), each person in her own browser: 高建 (清河街道
 * 党工委) registers a course in Tasklist with its dates picked from the calendar; 陈静, head of 和园社区, starts the
 * year's plan, chooses her community and the year by name, and adds the course to each of her workers' courses from
 * the list; 高建 reads the plan as a table and approves it; 张伟 sees the course in her plan on her record.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkerJourneysE2E extends E2ESupport {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Order(13)
    void journey13AHeadPlansTrainingAndTheStreetApproves() {
        int year = LocalDate.now(CHINA).getYear();
        LocalDate later = LocalDate.now(CHINA).plusDays(10);
        LocalDate day = later.getYear() == year ? later : LocalDate.of(year, 12, 31);
        String title = "社区应急管理实务（" + System.currentTimeMillis() % 100_000 + "）";
        try (Browser office = Browser.desktop(port, "Journey 13 street office");
                Browser head = Browser.desktop(port, "Journey 13 community head")) {
            Tasklist officeTasks = new Tasklist(office);
            office.step("gaojian of the street's Party working committee starts 培训课程 and registers the course", () -> {
                officeTasks.login("gaojian", "demo");
                Tasklist.startProcess(office, "培训课程");
                assertThat(office.find(By.cssSelector(".modal-dialog .fjs-form")).getText()).contains("登记培训课程");
                office.typeOver(FormControls.modalField("Field_CourseTitle"), title);
                office.typeOver(FormControls.modalField("Field_CourseProvider"), "区应急管理局");
                office.typeOver(FormControls.modalField("Field_CourseHours"), "8");
                FormControls.pickDate(office, FormControls.modalField("Field_CourseStartsOn-date"), day);
                FormControls.pickDate(office, FormControls.modalField("Field_CourseEndsOn-date"), day);
            });
            office.keyScreenshot("street-office-registers-a-course");
            office.step("start it", () -> {
                office.click(By.cssSelector(".modal-dialog button[ng-click='startProcessInstance()']"));
                office.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
            });
            awaitOne(() -> jdbc.queryForList("select id from training_course where title = ?", Long.class, title));

            Tasklist headTasks = new Tasklist(head);
            head.step("chenjing, head of 和园社区, starts 年度培训计划: the form explains it and asks for nothing", () -> {
                headTasks.login("chenjing", "demo");
                Tasklist.startProcess(head, "年度培训计划");
                assertThat(head.find(By.cssSelector(".modal-dialog .fjs-form")).getText()).contains("发起年度培训计划");
                head.click(By.cssSelector(".modal-dialog button[ng-click='startProcessInstance()']"));
                head.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
            });
            Task choose = awaitOne(() -> taskService.createTaskQuery().processDefinitionKey("TrainingPlanProcess")
                    .taskDefinitionKey("Activity_ChoosePlanCommunity").taskAssignee("chenjing").list());
            head.step("choose 和园社区 and this year by name and complete", () -> {
                headTasks.filter("我的待办");
                headTasks.open(choose.getId());
                FormControls.chooseSelectOption(head, ".task-details", "Field_PlanCommunity", "和园社区");
                FormControls.chooseSelectOption(head, ".task-details", "Field_PlanYear", year + "年度");
                headTasks.complete(choose.getId());
            });
            Task draft = awaitOne(() -> taskService.createTaskQuery().processInstanceId(choose.getProcessInstanceId())
                    .taskDefinitionKey("Activity_DraftPlan").list());
            head.step("open 拟订年度培训计划: a row per worker, her plan so far, the courses offered listed", () -> {
                headTasks.open(draft.getId());
                assertThat(headTasks.header()).contains("拟订年度培训计划", "和园社区", "48 学时", title);
            });
            head.step("add the new course to each worker's courses from the list", () -> {
                List<WebElement> inputs = head.all(By.cssSelector(".task-details input[id*='Field_PlanCourses']"));
                assertThat(inputs).hasSizeGreaterThanOrEqualTo(4);
                for (int row = 0; row < inputs.size(); row++) {
                    WebElement input = head.all(By.cssSelector(".task-details input[id*='Field_PlanCourses']"))
                            .get(row);
                    head.script("arguments[0].scrollIntoView({block: 'center'})", input);
                    input.click();
                    Browser.settle();
                    FormControls.pickListItem(head, "//*[contains(@class,'task-details')]//*[contains(@class,"
                            + "'fjs-dropdownlist-item')][starts-with(normalize-space(.), '" + title + "')]");
                }
            });
            head.keyScreenshot("head-plans-her-workers-courses");
            head.step("complete the plan", () -> headTasks.complete(draft.getId()));

            Task review = awaitOne(() -> taskService.createTaskQuery().processInstanceId(choose.getProcessInstanceId())
                    .taskDefinitionKey("Activity_ReviewPlan").list());
            office.step("gaojian opens 审批年度培训计划 in 本组待办: the plan as a table, the new course in it", () -> {
                officeTasks.filter("本组待办");
                officeTasks.open(review.getId());
                assertThat(officeTasks.header()).contains("审批年度培训计划", "和园社区", "张伟", title);
                officeTasks.claim();
                officeTasks.choose("批准");
            });
            office.keyScreenshot("street-office-approves-the-plan");
            office.step("approve it", () -> officeTasks.complete(review.getId()));
        }
        JsonNode mine = awaitPlanned("zhangwei", title);
        assertThat(mine.at("/training/hoursRequired").asInt()).isEqualTo(48);
    }

    /** 张伟's record once the approved plan is written: the course among her planned courses. */
    private JsonNode awaitPlanned(String user, String title) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        JsonNode record = null;
        while (Instant.now().isBefore(deadline)) {
            record = api(user).get("/api/workers/me").json();
            if (record.at("/training/plannedCourses").toString().contains(title)) {
                return record;
            }
            sleep(200);
        }
        throw new AssertionError(title + " not in " + user + "'s plan: " + record);
    }

    /** Waits (up to 20 s) for exactly one of what the query finds. */
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
        throw new AssertionError("expected one, found " + found.size() + " within 20 s");
    }
}
