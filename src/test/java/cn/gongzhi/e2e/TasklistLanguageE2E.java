package cn.gongzhi.e2e;

import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.petition.process.ResidentPetitionProcess;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Journey 8 — a community worker's Tasklist speaks Chinese: the login page, the header, the filters, the task list, the
 * task's frame and buttons, the form's own validation messages, the list sorted by due date, dates in China time with
 * the Chinese format, and no Camunda 8 migration banner. English
 * stays one link away (?lang=en, offered on the Welcome page) and the way back is ?lang=zh. A grid worker works her
 * tasks on a phone in the street: the page fits its width and the form completes there.
 */
class TasklistLanguageE2E extends E2ESupport {

    private static final By BODY = By.tagName("body");

    @Test
    void aWorkersTasklistIsInChineseWithChinaTimeAndNoBannerAndEnglishIsOneLinkAway() {
        String number = api("demo").post("/api/petitions", body("category", "PROPERTY_MANAGEMENT",
                "communityCode", "heyuan", "gridCode", "heyuan-g1", "location", "7号楼2单元",
                "description", "楼道声控灯坏了，晚上看不清台阶")).json().get("number").asText();
        Task contact = awaitTask(number, ResidentPetitionProcess.CONTACT);
        String dueDay = contact.getDueDate().toInstant().atZone(ZoneId.of("Asia/Shanghai"))
                .format(DateTimeFormatter.ofPattern("yyyy年M月d日"));

        try (Browser b = Browser.desktop(port, "Journey 8 worker's Tasklist in Chinese")) {
            Tasklist tasklist = new Tasklist(b);
            b.step("open Tasklist: the login form is in Chinese and no banner shows", () -> {
                b.open("/camunda/app/tasklist/default/");
                String login = b.find(By.cssSelector("form[name='signinForm'], .signin-form, form")).getText();
                assertThat(b.find(By.cssSelector("button[type='submit']")).getText()).isEqualTo("登录");
                assertThat(login).doesNotContain("Username", "Password", "Log in");
                assertNoBanner(b);
            });
            b.step("log in as zhangwei and open the petition's contact task", () -> {
                tasklist.login("zhangwei", "demo");
                tasklist.open(contact.getId());
            });
            b.step("header, filters, list, task frame and buttons are Chinese; dates in China time", () -> {
                String page = b.find(BODY).getText();
                assertThat(page).contains("共治", "任务列表", "发起流程", "本组待办", "表单", "历史", "流程图", "联系诉求人");
                assertThat(page).doesNotContain("Start process", "Created", "Due date", "Follow-up date",
                        "Add comment", "Camunda 8", "migrate");
                assertNoBanner(b);
                // dates: relative in Chinese in the list and header (到期 1 天后), absolute in the Chinese long format
                // in China time where Tasklist spells them out (tooltips), and the footer names the zone
                assertThat(page).contains("天后");
                assertThat((String) b.script("return document.body.innerHTML")).contains(dueDay);
                assertThat(b.find(By.cssSelector("footer")).getText()).contains("Asia/Shanghai");
            });
            b.step("the list is sorted by due date; the form's own messages are Chinese too", () -> {
                assertThat(b.find(By.cssSelector(".tasks-list, [cam-tasks], .sorting-choice, body")).getText())
                        .contains("到期时间");
                // the row tells the case apart: number, category, place and one masked line
                assertThat(b.find(tasklist.cardOf(contact.getId())).findElement(By.xpath("./ancestor::li[1]"))
                        .getText()).contains("编号", number, "类别", "物业服务", "地点", "和园社区", "事项", "楼道声控灯坏了");
                if (!b.all(By.cssSelector(".task-details button.claim")).isEmpty()) {
                    tasklist.claim();
                }
                tasklist.submit();
                String errors = b.waitUntil(d -> tasklist.errors().isBlank() ? null : tasklist.errors());
                assertThat(errors).contains("此项必须填写").doesNotContain("Field is required");
            });
            b.keyScreenshot("tasklist-in-chinese");
            b.step("switch to English with ?lang=en: Tasklist follows, still without the banner", () -> {
                b.open("/camunda/app/tasklist/default/?lang=en");
                b.waitUntil(d -> d.findElement(BODY).getText().contains("Start process"));
                assertThat(b.find(BODY).getText()).contains("Start process").doesNotContain("发起流程");
                assertNoBanner(b);
            });
            b.step("the choice is remembered, and ?lang=zh brings Chinese back", () -> {
                b.open("/camunda/app/tasklist/default/");
                b.waitUntil(d -> d.findElement(BODY).getText().contains("Start process"));
                b.open("/camunda/app/welcome/default/?lang=zh");
                b.waitUntil(d -> d.findElement(BODY).getText().contains("English"));
                b.open("/camunda/app/tasklist/default/");
                b.waitUntil(d -> d.findElement(BODY).getText().contains("发起流程"));
            });
        }
    }

    @Test
    void aGridWorkerRecordsTheContactOnHerPhoneInTheStreet() {
        String number = api("demo").post("/api/petitions", body("category", "COMMUNITY_ENVIRONMENT",
                "communityCode", "heyuan", "gridCode", "heyuan-g1", "location", "和园小区5号楼楼道",
                "description", "楼道堆放杂物，影响通行，请尽快清理。")).json().get("number").asText();
        Task contact = awaitTask(number, ResidentPetitionProcess.CONTACT);

        try (Browser b = Browser.phone(port, "Journey 8 grid worker on her phone")) {
            Tasklist tasklist = new Tasklist(b);
            b.step("log into Tasklist on a phone and open the contact task", () -> {
                tasklist.login("zhangwei", "demo");
                tasklist.open(contact.getId());
                assertThat(tasklist.header()).contains("联系诉求人", number, "楼道堆放杂物");
            });
            b.step("the page and the form fit the phone's width: nothing to scroll sideways", () -> {
                Number overflow = (Number) b.script("return Math.max(document.documentElement.scrollWidth,"
                        + " document.body.scrollWidth) - window.innerWidth");
                assertThat(overflow.intValue()).as("pixels wider than the screen").isLessThanOrEqualTo(0);
                Number formRight = (Number) b.script("return document.querySelector('.task-details .fjs-form')"
                        + ".getBoundingClientRect().right");
                assertThat(formRight.doubleValue()).isLessThanOrEqualTo(390);
            });
            b.step("write the contact note and complete the task with the phone", () -> {
                tasklist.fill("Field_ContactNote", "已电话联系住户，约定明天上午清理楼道。");
                tasklist.complete(contact.getId());
            });
        }
        assertThat(awaitTask(number, ResidentPetitionProcess.HANDLE).getAssignee()).isEqualTo("zhangwei");
    }

    private static void assertNoBanner(Browser b) {
        assertThat(b.all(By.cssSelector(".ce-eol-banner")).stream().filter(WebElement::isDisplayed).toList())
                .as("visible migration banners").isEmpty();
    }
}
