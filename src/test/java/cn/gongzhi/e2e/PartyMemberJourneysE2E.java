package cn.gongzhi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Journey 11 — a Party member at the front (在职党员双报到, issue 20), each person in her own browser: the in-service
 * member 何晓燕 reports to 和园社区 in Tasklist; the community's Party secretary 王芳 confirms her with a pioneer post and
 * publishes a resident's micro-wish; 郑国华, who has not reported, is not offered it and a claim sent around Tasklist
 * is refused; 何晓燕 claims it, serves and records her hours; 王芳 confirms them; the worker 陈静 records that the
 * resident's wish was met; the resident sees it met on the public page (without her name or phone), 何晓燕 reads her
 * hours on her record page, and the street's supervisor reads 党员作用 on the dashboard as the API counts it.
 * Journey 12 — the year's feedback to her work unit (年度双向反馈): 王芳 starts it by hand for 区人民医院党委, reviews
 * 和园社区's part with 何晓燕's hours and the resident's word, comments and sends it; another unit's contact cannot
 * confirm it; the hospital's contact reads it and confirms receipt; 何晓燕 sees the comment on her record page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PartyMemberJourneysE2E extends E2ESupport {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String WISH = "帮独居老人更换门锁（" + Long.toString(System.currentTimeMillis() % 100_000) + "）";

    @Autowired
    ManagementService managementService;

    /** The day of journey 11's service: its hours count in the year of the day it ended. */
    private static final LocalDate SERVICE_DAY = LocalDate.now(CHINA).plusDays(3);

    @Test
    @Order(11)
    void journey11AMemberReportsAndMeetsAResidentsMicroWish() {
        String title = WISH;
        LocalDate serviceDay = SERVICE_DAY;
        try (Browser member = Browser.desktop(port, "Journey 11 member");
                Browser secretary = Browser.desktop(port, "Journey 11 community Party secretary")) {
            Tasklist memberTasks = new Tasklist(member);
            Tasklist secretaryTasks = new Tasklist(secretary);

            member.step("log into Tasklist as hexiaoyan, in service at the district hospital, living in 和园社区",
                    () -> memberTasks.login("hexiaoyan", "demo"));
            member.step("start 党员报到: the form explains it and asks for nothing to type", () -> {
                Tasklist.startProcess(member, "党员报到");
                assertThat(member.find(By.cssSelector(".modal-dialog .fjs-form")).getText()).contains("党员报到",
                        "在职党员到居住地社区（村）报到");
                member.click(By.cssSelector(".modal-dialog button[ng-click='startProcessInstance()']"));
                member.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
            });
            Task report = awaitOne(() -> taskService.createTaskQuery().processDefinitionKey(
                    "PartyMemberReportingProcess").taskDefinitionKey("Activity_CompleteReport")
                    .taskAssignee("hexiaoyan").list());
            member.step("open 填写报到信息 in 我的待办: she and 和园社区 are chosen by name", () -> {
                memberTasks.filter("我的待办");
                memberTasks.open(report.getId());
                assertThat(memberTasks.header()).contains("填写报到信息");
                assertThat(displayed(member, "Field_Member")).contains("何晓燕");
                assertThat(displayed(member, "Field_Community")).isEqualTo("和园社区");
            });
            member.keyScreenshot("member-reports-to-her-community");
            member.step("complete the report", () -> memberTasks.complete(report.getId()));

            Task confirm = awaitOne(() -> taskService.createTaskQuery().processInstanceId(
                    report.getProcessInstanceId()).taskDefinitionKey("Activity_ConfirmReporting").list());
            secretary.step("log into Tasklist as wangfang, Party secretary of 和园社区",
                    () -> secretaryTasks.login("wangfang", "demo"));
            secretary.step("open 确认党员报到 in 本组待办: who reports, from which unit", () -> {
                secretaryTasks.filter("本组待办");
                secretaryTasks.open(confirm.getId());
                assertThat(secretaryTasks.header()).contains("确认党员报到", "何晓燕", "和园社区");
                secretaryTasks.claim();
            });
            secretary.step("confirm her with the vacant 老年助餐先锋岗, picked by name", () -> {
                secretaryTasks.choose("确认报到");
                FormControls.chooseSelectOption(secretary, ".task-details", "Field_Duty", "党员先锋岗：老年助餐先锋岗");
                assertThat(displayed(secretary, "Field_Duty")).isEqualTo("党员先锋岗：老年助餐先锋岗");
            });
            secretary.keyScreenshot("secretary-confirms-the-member");
            secretary.step("complete the confirmation", () -> secretaryTasks.complete(confirm.getId()));

            secretary.step("start 社区服务 and register a resident's micro-wish with its times picked", () -> {
                Tasklist.startProcess(secretary, "社区服务");
                secretary.click(FormControls.modalLabel("微心愿"));
                Browser.settle();
                secretary.typeOver(FormControls.modalField("Field_Title"), title);
                secretary.typeOver(FormControls.modalField("Field_Description"), "3号楼一位独居老人家的门锁坏了，需要帮忙买锁并更换");
                secretary.typeOver(FormControls.modalField("Field_Places"), "1");
                FormControls.pickDate(secretary, FormControls.modalField("Field_StartsAt-date"), serviceDay);
                FormControls.pickTime(secretary, FormControls.modalField("Field_StartsAt-time"), "09:00");
                FormControls.pickDate(secretary, FormControls.modalField("Field_EndsAt-date"), serviceDay);
                FormControls.pickTime(secretary, FormControls.modalField("Field_EndsAt-time"), "11:00");
                FormControls.pickDate(secretary, FormControls.modalField("Field_ClaimDeadline-date"), serviceDay.minusDays(1));
                FormControls.pickTime(secretary, FormControls.modalField("Field_ClaimDeadline-time"), "18:00");
                secretary.typeOver(FormControls.modalField("Field_ResidentName"), "李秀英");
                secretary.typeOver(FormControls.modalField("Field_ResidentPhone"), "13812345678");
            });
            secretary.keyScreenshot("secretary-publishes-a-micro-wish");
            secretary.step("start it", () -> {
                secretary.click(By.cssSelector(".modal-dialog button[ng-click='startProcessInstance()']"));
                secretary.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
            });
            Task claim = awaitOne(() -> taskService.createTaskQuery().processDefinitionKey("CommunityServiceProcess")
                    .taskDefinitionKey("Activity_ClaimServiceItem").taskCandidateUser("hexiaoyan").list().stream()
                    .filter(t -> summaryOf(t).contains(title)).toList());
            String instance = claim.getProcessInstanceId();

            try (Browser other = Browser.desktop(port, "Journey 11 member who has not reported")) {
                other.step("zhengguohua, who has not reported, is not offered the micro-wish in Tasklist", () -> {
                    Tasklist tasks = new Tasklist(other);
                    tasks.login("zhengguohua", "demo");
                    tasks.filter("本组待办");
                    assertThat(tasks.listedTaskIds()).doesNotContain(claim.getId());
                });
                HttpApi.Response forged = api("zhengguohua").post("/engine-rest/task/" + claim.getId()
                        + "/submit-form", Map.of("variables", Map.of()));
                assertThat(forged.status()).as("a claim sent around Tasklist: %s", forged).isIn(403, 404);
                assertThat(taskService.createTaskQuery().taskId(claim.getId()).count()).as("nothing claimed").isOne();
            }

            member.step("find the micro-wish in 本组待办, offered to her, and claim it", () -> {
                memberTasks.filter("本组待办");
                // the row says where (地点：和园社区), the form what, when and how many places remain
                assertThat(member.find(memberTasks.cardOf(claim.getId())).findElement(By.xpath("ancestor::li"))
                        .getText()).contains("微心愿", "和园社区");
                memberTasks.open(claim.getId());
                assertThat(memberTasks.header()).contains("认领社区服务", title, "微心愿", "尚余 1")
                        .doesNotContain("13812345678", "李秀英");
                memberTasks.claim();
                memberTasks.complete(claim.getId());
            });

            // the reminder before the service is fired instead of waited for (three days)
            Job reminder = awaitOne(() -> managementService.createJobQuery().processInstanceId(instance)
                    .activityId("Event_ReminderDue").list());
            managementService.executeJob(reminder.getId());
            Task record = awaitOne(() -> taskService.createTaskQuery().processInstanceId(instance)
                    .taskDefinitionKey("Activity_RecordService").taskAssignee("hexiaoyan").list());
            member.step("after the service, record 2 hours and what she did", () -> {
                memberTasks.filter("我的待办");
                memberTasks.open(record.getId());
                assertThat(memberTasks.header()).contains("登记服务情况", title);
                memberTasks.fill("Field_Hours", "2");
                memberTasks.fill("Field_WorkDone", "买了新门锁并为老人换上，教会老人使用");
            });
            member.keyScreenshot("member-records-her-service");
            member.step("complete it", () -> memberTasks.complete(record.getId()));

            Task confirmService = awaitOne(() -> taskService.createTaskQuery().processInstanceId(instance)
                    .taskDefinitionKey("Activity_ConfirmService").list());
            secretary.step("read her record on 确认党员服务 and confirm it", () -> {
                secretaryTasks.filter("本组待办");
                secretaryTasks.open(confirmService.getId());
                assertThat(secretaryTasks.header()).contains("确认党员服务", "何晓燕", "2", "买了新门锁");
                secretaryTasks.claim();
                secretaryTasks.choose("确认服务");
                secretaryTasks.complete(confirmService.getId());
            });
        }

        Task callback = awaitOne(() -> taskService.createTaskQuery().processDefinitionKey("CommunityServiceProcess")
                .taskDefinitionKey("Activity_RecordResidentConfirmation").list().stream()
                .filter(t -> summaryOf(t).contains(title)).toList());
        try (Browser worker = Browser.desktop(port, "Journey 11 community worker")) {
            Tasklist tasks = new Tasklist(worker);
            worker.step("log in as chenjing, worker of 和园社区, and open 登记居民确认", () -> {
                tasks.login("chenjing", "demo");
                tasks.filter("本组待办");
                tasks.open(callback.getId());
                assertThat(tasks.header()).contains(title).doesNotContain("13812345678");
                tasks.claim();
            });
            worker.step("record that the resident says her wish was met", () -> {
                tasks.choose("心愿已实现");
                tasks.fill("Field_ResidentNote", "老人说新锁好用，很满意");
                tasks.complete(callback.getId());
            });
        }

        try (Browser resident = Browser.phone(port, "Journey 11 resident")) {
            resident.step("the public page of 和园社区's micro-wishes shows hers met, without her name or phone", () -> {
                resident.open("/service/?community=heyuan");
                String wish = resident.waitUntil(d -> d.findElements(By.cssSelector("#wish-list li")).stream()
                        .filter(li -> li.getText().contains(title)).findFirst().map(li -> li.getText()).orElse(null));
                assertThat(wish).contains("已实现");
                assertThat(resident.bodyText()).doesNotContain("李秀英", "13812345678", "何晓燕");
                Accessibility.check(resident, "micro-wishes page");
            });
            resident.keyScreenshot("resident-sees-the-wish-met");
        }

        try (Browser member = Browser.desktop(port, "Journey 11 member's record")) {
            member.step("hexiaoyan reads her record: active in 和园社区, the post, 2 confirmed hours", () -> {
                staffLogin(member, "hexiaoyan", "/members/");
                String record = member.waitUntil(d -> {
                    String text = d.findElement(By.id("records")).getText();
                    return text.contains("老年助餐先锋岗") && text.contains(title) ? text : null;
                });
                assertThat(record).contains("何晓燕", "和园社区", "区人民医院");
                assertThat(member.find(By.cssSelector(".record .total")).getText()).isEqualTo("2");
                Accessibility.check(member, "member's record page");
            });
            member.keyScreenshot("member-reads-her-record");
        }

        try (Browser supervisor = Browser.desktop(port, "Journey 11 street supervisor")) {
            HttpApi gaojian = api("gaojian");
            supervisor.step("gaojian reads 党员作用 for 和园社区 on the dashboard as the API counts it", () -> {
                staffLogin(supervisor, "gaojian", "/supervision/");
                supervisor.waitForText(By.id("unitLabel"), "清河街道");
                new Select(supervisor.find(By.id("unit"))).selectByVisibleText("社区");
                new Select(supervisor.find(By.id("unitId"))).selectByVisibleText("和园社区");
                supervisor.click(By.cssSelector("#filters button[type='submit']"));
                supervisor.waitForText(By.id("unitLabel"), "和园社区");
                String from = supervisor.find(By.id("from")).getAttribute("value");
                String to = supervisor.find(By.id("to")).getAttribute("value");
                JsonNode members = gaojian.get("/api/supervision/summary?unit=COMMUNITY&unitId=heyuan&from=" + from
                        + "&to=" + to).json().get("members");
                assertThat(members.get("active").asInt()).isPositive();
                assertThat(members.get("itemsPublished").asInt()).isPositive();
                assertThat(members.get("microWishesMet").get("part").asInt()).isPositive();
                String shown = supervisor.waitUntil(d -> {
                    String text = d.findElement(By.id("members")).getText();
                    return text.contains("在岗党员：" + members.get("active").asInt()) ? text : null;
                });
                assertThat(shown).contains("已报到：" + members.get("reported").asInt(),
                        "发布服务项目：" + members.get("itemsPublished").asInt(),
                        "其中已完成：" + members.get("itemsDone").asInt());
            });
            supervisor.keyScreenshot("supervisor-reads-the-members-figures");
        }
    }

    @Test
    @Order(12)
    void journey12TheCommunitySendsTheYearsRecordToTheMembersWorkUnit() {
        int year = LocalDate.now(CHINA).getYear();
        // journey 11's 2 hours count in this year's report unless the service fell in the next year (late December)
        String hours = SERVICE_DAY.getYear() == year ? "2 小时" : "0 小时";
        String comment = "主动认领微心愿，服务认真，居民满意";
        try (Browser secretary = Browser.desktop(port, "Journey 12 community Party secretary");
                Browser contact = Browser.desktop(port, "Journey 12 work unit's contact")) {
            Tasklist secretaryTasks = new Tasklist(secretary);
            secretary.step("wangfang starts 年度双向反馈 by hand for a unit that has not had it this year", () -> {
                secretaryTasks.login("wangfang", "demo");
                Tasklist.startProcess(secretary, "年度双向反馈");
                assertThat(secretary.find(By.cssSelector(".modal-dialog .fjs-form")).getText()).contains("补发年度双向反馈");
                secretary.click(By.cssSelector(".modal-dialog button[ng-click='startProcessInstance()']"));
                secretary.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
            });
            Task choose = awaitOne(() -> taskService.createTaskQuery().processDefinitionKey("AnnualFeedbackProcess")
                    .taskDefinitionKey("Activity_ChooseFeedbackUnit").taskAssignee("wangfang").list());
            secretary.step("choose 区人民医院党委 and this year by name and complete", () -> {
                secretaryTasks.filter("我的待办");
                secretaryTasks.open(choose.getId());
                FormControls.chooseSelectOption(secretary, ".task-details", "Field_FeedbackUnit", "区人民医院党委");
                FormControls.chooseSelectOption(secretary, ".task-details", "Field_FeedbackYear", year + "年度");
                secretaryTasks.complete(choose.getId());
            });
            Task review = awaitOne(() -> taskService.createTaskQuery().processInstanceId(choose.getProcessInstanceId())
                    .taskDefinitionKey("Activity_ReviewFeedback").list());
            secretary.step("review 和园社区's part: 何晓燕's line counts her confirmed hours and the wish met", () -> {
                secretaryTasks.filter("本组待办");
                secretaryTasks.open(review.getId());
                assertThat(secretaryTasks.header()).contains("审核年度反馈", "区人民医院党委", year + "年度双向反馈：和园社区",
                        "何晓燕", "老年助餐先锋岗", hours, "居民确认已实现", "老人说新锁好用")
                        .doesNotContain("李秀英", "13812345678");
                secretaryTasks.claim();
            });
            secretary.step("write a comment on her, an overall comment, and send it to the unit", () -> {
                secretary.typeOver(By.cssSelector(".task-details input[id*='Field_CommentText']"), comment);
                secretaryTasks.fill("Field_OverallComment", "本单位在职党员报到后积极参与社区服务");
                secretaryTasks.choose("发送给单位党组织");
            });
            secretary.keyScreenshot("secretary-reviews-the-annual-feedback");
            secretary.step("complete the review", () -> secretaryTasks.complete(review.getId()));

            Task receipt = awaitOne(() -> taskService.createTaskQuery().processInstanceId(choose.getProcessInstanceId())
                    .taskDefinitionKey("Activity_ConfirmReceipt").list());
            HttpApi.Response forged = api("jiaowei-party").post("/engine-rest/task/" + receipt.getId()
                    + "/submit-form", Map.of("variables", Map.of()));
            assertThat(forged.status()).as("another unit's contact confirms nothing: %s", forged).isIn(403, 404);
            Tasklist contactTasks = new Tasklist(contact);
            contact.step("yiyuan-party, the hospital's Party contact, reads the report in 我的待办 and confirms it", () -> {
                contactTasks.login("yiyuan-party", "demo");
                contactTasks.filter("我的待办");
                contactTasks.open(receipt.getId());
                assertThat(contactTasks.header()).contains("确认收到反馈", "何晓燕", hours, comment, "和园社区党组织")
                        .doesNotContain("wangfang");
            });
            contact.keyScreenshot("unit-contact-confirms-receipt");
            contact.step("complete it", () -> contactTasks.complete(receipt.getId()));
        }
        try (Browser member = Browser.desktop(port, "Journey 12 member")) {
            member.step("hexiaoyan sees the year's feedback with the comment on her record page", () -> {
                staffLogin(member, "hexiaoyan", "/members/");
                String record = member.waitUntil(d -> {
                    String text = d.findElement(By.id("records")).getText();
                    return text.contains(comment) ? text : null;
                });
                assertThat(record).contains(String.valueOf(year), "和园社区");
                Accessibility.check(member, "member's record page with the feedback");
            });
            member.keyScreenshot("member-reads-her-annual-feedback");
        }
    }

    /** A staff page sends her to the login page, which brings her back once she has logged in. */
    private static void staffLogin(Browser b, String user, String path) {
        b.open(path);
        b.waitUntil(ExpectedConditions.urlContains("/login/"));
        b.type(By.id("username"), user);
        b.type(By.id("password"), "demo");
        b.click(By.id("submit"));
        b.waitUntil(d -> java.net.URI.create(d.getCurrentUrl()).getPath().equals(path));
    }

    /** The text a form-js select shows for its choice in the open task. */
    private static String displayed(Browser b, String fieldId) {
        return b.find(By.cssSelector(".task-details [id$='-" + fieldId + "-display']")).getText().trim();
    }

    private String summaryOf(Task task) {
        Object summary = taskService.getVariableLocal(task.getId(), "caseSummary");
        return summary == null ? "" : summary.toString();
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
