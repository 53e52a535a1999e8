package cn.gongzhi.e2e;

import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Journeys 1–3: a resident files a petition on her phone and follows it; the grid worker it was dispatched to contacts
 * her and handles it in Tasklist; another worker calls back and the resident sees it closed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PetitionJourneysE2E extends E2ESupport {

    @Autowired
    JdbcTemplate jdbc;

    private Browser resident;
    private String number;
    private String otherCommunity;

    @BeforeAll
    void residentOpensHerPhone() {
        resident = Browser.phone(port, "Journey 1 resident");
        // a petition in the other community of the street: the heyuan worker must not see it
        otherCommunity = api("demo").post("/api/petitions", body("category", "VILLAGE_ROADS", "communityCode",
                "liushu", "gridCode", "liushu-g1", "location", "东口桥", "description", "桥面塌陷，车辆绕行"))
                .json().get("number").asText();
    }

    @AfterAll
    void closeBrowsers() {
        if (resident != null) {
            resident.close();
        }
    }

    @Test
    @Order(1)
    void journey1ResidentFilesAPetitionOnHerPhoneAndLooksItUp() {
        Browser b = resident;
        b.step("open the public petition page", () -> {
            b.open("/petition/");
            assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("居民诉求");
            b.waitUntil(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#communityCode option[value='heyuan']")));
            Number width = (Number) b.script("return document.documentElement.clientWidth");
            assertThat(width.intValue()).as("phone-sized viewport").isLessThanOrEqualTo(400);
            Number scroll = (Number) b.script("return document.documentElement.scrollWidth");
            assertThat(scroll.intValue()).as("nothing wider than the phone's screen").isLessThanOrEqualTo(width.intValue());
        });
        b.step("submit without a category or content: the page brings the first error into view and focuses it", () -> {
            b.type(By.id("location"), "5号楼");
            b.click(By.id("submit"));
            assertThat(b.waitForText(By.cssSelector("[data-error-for='category']"), "类别")).isNotBlank();
            assertThat(b.find(By.cssSelector("[data-error-for='description']")).getText()).isNotBlank();
            assertThat(b.find(By.id("category")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(b.find(By.id("category")).getAttribute("aria-describedby")).contains("category-error");
            assertThat(b.find(By.id("description")).getAttribute("aria-describedby")).contains("description-error");
            assertThat(b.script("return document.activeElement.id")).as("the first invalid field has the focus")
                    .isEqualTo("category");
            assertThat((Boolean) b.script("var r = document.getElementById('category').getBoundingClientRect();"
                    + " return r.top >= 0 && r.bottom <= window.innerHeight;")).as("and is in view").isTrue();
            WebElement summary = b.find(By.id("error-summary"));
            assertThat(summary.isDisplayed()).isTrue();
            assertThat(summary.getAttribute("role")).isEqualTo("alert");
            assertThat(summary.findElements(By.cssSelector("a[href='#category'], a[href='#description']")))
                    .as("the summary links to the fields").hasSize(2);
            assertThat(b.all(By.id("receipt")).get(0).isDisplayed()).as("nothing filed").isFalse();
        });
        b.step("use my location while the browser is refused it: the page says so and the pickers stay as chosen", () -> {
            assertThat(b.find(By.id("locate-hint")).getText()).contains("询问", "不会显示精确位置");
            b.denyGeolocation();
            b.click(By.id("locate"));
            assertThat(b.waitForText(By.id("locate-status"), "没有允许")).contains("手动选择");
            assertThat(b.find(By.id("locate-status")).getAttribute("role")).isEqualTo("status");
            assertThat(new Select(b.find(By.id("communityCode"))).getFirstSelectedOption().getAttribute("value"))
                    .isEmpty();
        });
        b.step("use my location inside 和园第一网格: the community and grid are chosen and the page says so", () -> {
            b.allowGeolocation(40.030, 116.332);
            b.find(By.id("locate")).sendKeys(Keys.ENTER);
            assertThat(b.waitForText(By.id("locate-status"), "已定位")).contains("已定位：和园社区 和园第一网格");
            assertThat(new Select(b.find(By.id("communityCode"))).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo("heyuan");
            assertThat(new Select(b.find(By.id("gridCode"))).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo("heyuan-g1");
            assertThat(b.script("return document.activeElement.id")).as("the focus stays on the button")
                    .isEqualTo("locate");
        });
        number = b.step("file the petition in Chinese and get its number", () -> {
            new Select(b.find(By.id("category"))).selectByValue("PROPERTY_MANAGEMENT");
            new Select(b.find(By.id("communityCode"))).selectByValue("heyuan");
            b.waitUntil(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#gridCode option[value='heyuan-g1']")));
            new Select(b.find(By.id("gridCode"))).selectByValue("heyuan-g1");
            b.type(By.id("location"), "和园小区5号楼2单元");
            b.type(By.id("description"), "5号楼电梯停运三天，老人上下楼困难，请尽快维修。");
            b.type(By.id("petitionerName"), "李阿姨");
            b.type(By.id("petitionerPhone"), "13800138000");
            b.click(By.id("submit"));
            String filed = b.find(By.id("receipt-number")).getText();
            assertThat(filed).matches("P-\\d{4}-\\d{6}");
            assertThat(b.find(By.id("receipt")).getText()).contains("已受理", "办结时限");
            assertThat(b.bodyText()).doesNotContain("13800138000");
            assertThat(jdbc.queryForObject("select latitude from petition where number = ?", java.math.BigDecimal.class,
                    filed)).as("the located point is filed with the petition").isEqualByComparingTo("40.030");
            return filed;
        });
        b.keyScreenshot("resident-petition-filed-phone");
        b.step("look the petition up by its number", () -> {
            b.click(By.cssSelector("#lookup-form button"));
            assertThat(b.waitForText(By.id("status-number"), number)).isEqualTo(number);
            assertThat(b.find(By.id("status-label")).getText()).isEqualTo("已派单");
            assertThat(b.find(By.id("status-community")).getText()).isEqualTo("和园社区");
            b.reveal(By.id("status"));
        });
        b.step("look it up the way it is often typed back: lower case, or without the P", () -> {
            for (String typed : new String[] {number.toLowerCase(), number.substring(2)}) {
                b.open("/petition/");
                b.type(By.id("lookup-number"), typed);
                b.click(By.cssSelector("#lookup-form button"));
                assertThat(b.waitForText(By.id("status-number"), number)).as(typed).isEqualTo(number);
            }
            String steps = b.find(By.id("status-steps")).getText();
            assertThat(steps).contains("已受理，编号 " + number, "已派给和园社区 和园第一网格的网格员");
            assertThat(steps.split("已分类为", -1)).as("the dispatch is one step").hasSize(2);
        });
        b.step("look up a number that does not exist", () -> {
            b.type(By.id("lookup-number"), "P-1999-000001");
            b.click(By.cssSelector("#lookup-form button"));
            assertThat(b.waitForText(By.id("lookup-error"), "未找到")).contains("未找到该诉求编号");
        });
    }

    @Test
    @Order(2)
    void journey2GridWorkerContactsAndHandlesThePetitionInTasklist() {
        assertThat(number).as("journey 1 filed a petition").isNotNull();
        Task contact = awaitTask(number, "Activity_ContactPetitioner");
        String elsewhere = awaitTask(otherCommunity, "Activity_ContactPetitioner").getId();
        try (Browser b = Browser.desktop(port, "Journey 2 grid worker")) {
            Tasklist tasklist = new Tasklist(b);
            b.step("log into Tasklist as zhangwei, grid worker of heyuan-g1", () -> tasklist.login("zhangwei", "demo"));
            b.step("see her own and her community's tasks only, and no supervisors' filter", () -> {
                // 本组待办 first: the hovered filter's description shows above it and would cover the one above
                tasklist.filter("本组待办");
                assertThat(tasklist.listedTaskIds()).doesNotContain(elsewhere);
                tasklist.filter("我的待办");
                b.waitUntil(ExpectedConditions.presenceOfElementLocated(tasklist.cardOf(contact.getId())));
                assertThat(tasklist.listedTaskIds()).contains(contact.getId()).doesNotContain(elsewhere);
                assertThat(tasklist.filterNames()).containsExactly("我的待办", "本组待办");
            });
            b.step("find the petition dispatched to her in her own list, the case shown on its form", () -> {
                tasklist.filter("我的待办");
                tasklist.open(contact.getId());
                String header = tasklist.header();
                assertThat(header).contains("联系诉求人", "诉求 " + number);
                assertThat(header).as("dispatch assigned it to her").contains("张伟");
                assertThat(petitionFormText(b)).contains("诉求 " + number, "物业服务", "和园社区 和园第一网格",
                        "5号楼电梯停运三天", "138****8000").doesNotContain("13800138000", "任务说明中有");
            });
            b.keyScreenshot("worker-contact-task");
            b.step("try to complete without a contact note", () -> {
                tasklist.submit();
                String errors = b.waitUntil(d -> tasklist.errors().isBlank() ? null : tasklist.errors());
                assertThat(errors).isNotBlank();
                assertThat(taskService.createTaskQuery().taskId(contact.getId()).count()).as("still open").isOne();
            });
            b.step("record the contact and complete", () -> {
                tasklist.fill("Field_ContactNote", "已电话联系李阿姨，约定明天上午物业和维保单位一起上门查看。");
                tasklist.complete(contact.getId());
            });
            Task handle = awaitTask(number, "Activity_HandlePetition");
            b.step("open the handling task that follows: her contact note is on the form", () -> {
                tasklist.open(handle.getId());
                assertThat(tasklist.header()).contains("办理诉求", number);
                assertThat(petitionFormText(b)).contains("办理经过", "联系诉求人", "约定明天上午物业和维保单位一起上门查看");
            });
            b.step("record the handling and complete", () -> {
                tasklist.choose("已办理，待回访");
                tasklist.fill("Field_Measures", "协调物业与维保单位更换电梯控制板，当日恢复运行。");
                tasklist.complete(handle.getId());
            });
            b.step("see her steps on the petition's timeline", () -> {
                b.open("/petition/?number=" + number);
                assertThat(b.waitForText(By.id("status-label"), "待回访")).isEqualTo("待回访");
                String steps = b.find(By.id("status-steps")).getText();
                assertThat(steps).contains("已派给和园社区 和园第一网格的网格员", "网格员已联系您",
                        "已办理：协调物业与维保单位更换电梯控制板，当日恢复运行").doesNotContain("zhangwei", "张伟");
                b.reveal(By.id("status"));
            });
        }
    }

    @Test
    @Order(3)
    void journey3AnotherWorkerCallsBackAndTheResidentSeesItClosed() {
        assertThat(number).as("journey 1 filed a petition").isNotNull();
        Task callback = awaitTask(number, "Activity_CallBackPetitioner");
        try (Browser b = Browser.desktop(port, "Journey 3 callback")) {
            Tasklist tasklist = new Tasklist(b);
            b.step("log into Tasklist as liuyang, another heyuan worker", () -> tasklist.login("liuyang", "demo"));
            b.step("find the callback in the group's list and claim it", () -> {
                tasklist.filter("本组待办");
                tasklist.open(callback.getId());
                assertThat(tasklist.header()).contains("回访诉求人", number);
                tasklist.claim();
                assertThat(taskService.createTaskQuery().taskId(callback.getId()).singleResult().getAssignee())
                        .isEqualTo("liuyang");
            });
            b.step("read the measures to tell the resident on the form", () ->
                    assertThat(petitionFormText(b)).contains("回访时向诉求人说明", "更换电梯控制板", "138****8000")
                            .doesNotContain("13800138000"));
            b.step("record the callback by choosing: resolved, very satisfied", () -> {
                pickPetitionOption(b, "已解决");
                pickPetitionOption(b, "5 非常满意");
                tasklist.fill("Field_CallbackComment", "李阿姨确认电梯已恢复，对处理很满意。");
                tasklist.complete(callback.getId());
            });
        }
        Browser b = resident;
        b.step("the resident looks her petition up again and sees it closed", () -> {
            b.open("/petition/?number=" + number);
            assertThat(b.waitForText(By.id("status-label"), "已办结")).isEqualTo("已办结");
            assertThat(b.find(By.id("status-steps")).getText()).contains("网格员已联系您", "已办理：",
                    "已回访，您评价 非常满意（已解决）", "已办结").doesNotContain("zhangwei", "liuyang");
            b.reveal(By.id("status"));
            assertThat(b.bodyText()).doesNotContain("13800138000");
        });
        b.keyScreenshot("resident-petition-closed-phone");
    }

    @Test
    @Order(4)
    void journey3HotlineOperatorRecordsACallInTasklistAndChoosesTheCommunityByName() {
        String description = "柳树村西头村道塌陷一处，农用车绕行（" + System.currentTimeMillis() % 100_000 + "）";
        try (Browser b = Browser.desktop(port, "Journey 3 hotline operator")) {
            Tasklist tasklist = new Tasklist(b);
            b.step("log into Tasklist as qianhong, 12345 hotline operator", () -> tasklist.login("qianhong", "demo"));
            b.step("open Start process and pick the resident petition: no community or grid code asked", () -> {
                b.click(By.xpath("//a[normalize-space(.)='发起流程']"));
                b.click(By.xpath("//div[contains(@class,'modal-dialog')]//ul[contains(@class,'processes')]"
                        + "//a[contains(normalize-space(.), '居民诉求')]"));
                String form = b.find(By.cssSelector(".modal-dialog .fjs-form")).getText();
                assertThat(form).contains("登记居民诉求", "诉求类别", "发生地点", "诉求内容").doesNotContain("编码");
            });
            b.step("record the call and start it", () -> {
                FormControls.chooseSelectOption(b, ".modal-dialog", "Field_Category", "村内道路");
                b.typeOver(By.cssSelector(".modal-dialog [id$='-Field_Location']"), "柳树村西头村道");
                b.typeOver(By.cssSelector(".modal-dialog [id$='-Field_Description']"), description);
                b.typeOver(By.cssSelector(".modal-dialog [id$='-Field_PetitionerPhone']"), "13700137000");
                b.click(By.cssSelector(".modal-dialog button[ng-click='startProcessInstance()']"));
                b.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
            });
            String filed = b.step("the petition has its number and waits for her to say where it is", () -> {
                Task choose = awaitPetitionChoice(description);
                assertThat(choose.getAssignee()).isEqualTo("qianhong");
                return choose.getId();
            });
            b.step("open 选择社区和网格 in her own list: the case and the communities by name", () -> {
                tasklist.filter("我的待办");
                tasklist.open(filed);
                assertThat(tasklist.header()).contains("选择社区和网格");
                assertThat(petitionFormText(b)).contains("村内道路", "待选择社区（村）", "137****7000")
                        .doesNotContain("13700137000");
            });
            b.step("choose 柳树村: only its grids are offered, by name", () -> {
                FormControls.chooseSelectOption(b, ".task-details", "Field_Community", "柳树村");
                FormControls.openSelect(b, ".task-details", "Field_Grid");
                List<String> grids = b.all(By.cssSelector(".task-details .fjs-dropdownlist-item")).stream()
                        .map(e -> e.getText().trim()).filter(t -> !t.isEmpty()).toList();
                assertThat(grids).containsExactly("柳树村东片网格", "柳树村西片网格");
                FormControls.pickListItem(b, "//*[contains(@class,'task-details')]//*[contains(@class,"
                        + "'fjs-dropdownlist-item')][normalize-space(.)='柳树村西片网格']");
            });
            b.keyScreenshot("hotline-chooses-community-by-name");
            b.step("complete: the petition goes to 柳树村's grid worker of 西片", () -> {
                tasklist.complete(filed);
                Task contact = awaitTask(petitionNumberOf(description), "Activity_ContactPetitioner");
                assertThat(contact.getAssignee()).isEqualTo("machao");
            });
        }
    }

    // --- petition forms in Tasklist ---------------------------------------------------------------------------------

    /** The text of the open task's Camunda Form (its case summary and fields). */
    private static String petitionFormText(Browser b) {
        return b.find(By.cssSelector(".task-details .fjs-form")).getText();
    }

    /** Picks a radio option of the open task's form by its exact label. */
    private static void pickPetitionOption(Browser b, String label) {
        b.click(By.xpath("//*[contains(@class,'task-details')]//label[normalize-space(.)='" + label + "']"));
        Browser.settle();
    }

    /** The choose-community task of the petition the hotline just recorded with this description. */
    private Task awaitPetitionChoice(String description) {
        String number = petitionNumberOf(description);
        return awaitTask(number, "Activity_ChooseCommunity");
    }

    private String petitionNumberOf(String description) {
        for (int i = 0; i < 100; i++) {
            List<String> found = jdbc.queryForList("select number from petition where description = ?", String.class,
                    description);
            if (!found.isEmpty() && found.get(0) != null) {
                return found.get(0);
            }
            sleep(200);
        }
        throw new AssertionError("no petition recorded for " + description);
    }
}
