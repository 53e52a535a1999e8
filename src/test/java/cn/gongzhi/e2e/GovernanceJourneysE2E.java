package cn.gongzhi.e2e;

import static cn.gongzhi.petition.web.PetitionApiTestSupport.vars;
import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.deliberation.process.PublicDisclosureProcess;
import cn.gongzhi.deliberation.process.VillageDeliberationProcess;
import cn.gongzhi.escalation.process.JointMeetingEscalationProcess;
import cn.gongzhi.petition.process.ResidentPetitionProcess;
import cn.gongzhi.support.HttpApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Journeys 4 and 5: the village Party secretary takes a matter through "four deliberations, two disclosures" in
 * Tasklist — an assembly without quorum is held again — and a villager objects to the resolution on the public board
 * from her phone; the street Party secretary convenes the departments on a petition a grid worker escalated, a
 * department reports in and keeps its commitment, and the petition resumes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GovernanceJourneysE2E extends E2ESupport {

    /** "Today" where the communities live: meeting dates and deadlines are checked in this zone. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Test
    @Order(4)
    void journey4VillageSecretaryTakesAMatterToAResolutionAndAVillagerObjects() {
        String title = "村东道路硬化（" + Long.toString(System.currentTimeMillis() % 100_000) + "）";
        String plan = "硬化村东道路 1.2 公里，村集体出资 30%，其余申请一事一议专项资金。";
        String number;
        String notice;
        try (Browser b = Browser.desktop(port, "Journey 4 village secretary")) {
            Tasklist tasklist = new Tasklist(b);
            b.step("log into Tasklist as liming, Party secretary and committee director of 柳树村",
                    () -> tasklist.login("liming", "demo"));
            b.step("open Start process and pick the village deliberation", () -> {
                Tasklist.startProcess(b, "四议两公开");
                // no village to type: it follows from who she is (李明 is of 柳树村 only)
                assertThat(b.find(By.cssSelector(".modal-dialog .fjs-form")).getText())
                        .contains("四议两公开：提议", "按您的登记信息确定", "议题名称", "方案内容", "提议方式", "决议机构")
                        .doesNotContain("编码");
            });
            number = b.step("propose the matter on behalf of the Party branch and start it", () -> {
                b.typeOver(FormControls.modalField("Field_Title"), title);
                b.typeOver(FormControls.modalField("Field_Plan"), plan);
                b.click(FormControls.modalLabel("村党支部提议"));
                Browser.settle();
                b.click(FormControls.modalLabel("村民代表会议"));
                Browser.settle();
                b.click(By.cssSelector(".modal-dialog button[ng-click='startProcessInstance()']"));
                b.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
                return awaitRecord("select number from deliberation where title = ?", title);
            });
            assertThat(number).matches("D-\\d{4}-\\d{6}");

            // 李明 holds both chairs (一肩挑): proposal and deliberation merge into the joint meeting
            Task joint = awaitTask(number, VillageDeliberationProcess.HOLD_JOINT_MEETING);
            b.step("find the joint meeting of the two committees in the group's list, with the case and the roll", () -> {
                tasklist.filter("本组待办");
                tasklist.open(joint.getId());
                assertThat(tasklist.header()).contains("召开两委联席会议", number, title, "柳树村", "村党支部提议",
                        "村民代表会议", "本次会议：两委联席会议", "应到 4 人（名单取自登记信息）");
                tasklist.claim();
                assertThat(villageRoll(b)).containsExactlyInAnyOrder("李明", "王秀英", "张建国", "刘德");
                assertThat(b.driver().findElements(tasklist.field("Field_PresentCount")))
                        .as("no count to type where the roll is ticked").isEmpty();
            });
            b.step("record the joint meeting: tick all 4 on the roll, 4 for", () -> {
                recordVillageMeeting(b, tasklist, 4, 4, 0);
                assertThat(tasklist.header()).contains("已勾选到会 4 人");
            });
            b.keyScreenshot("village-joint-meeting-roll-ticked");
            b.step("complete the joint meeting", () -> tasklist.complete(joint.getId()));

            Task party = awaitTask(number, VillageDeliberationProcess.HOLD_PARTY_ASSEMBLY);
            b.step("open the Party members' assembly: 5 due (the member in service elsewhere is not)", () -> {
                tasklist.open(party.getId());
                assertThat(tasklist.header()).contains("召开党员大会审议", number, "党员大会", "应到 5 人",
                        "两委联席会议：应到 4 人，实到 4 人；赞成 4，反对 0，弃权 0；通过");
                tasklist.claim();
                assertThat(villageRoll(b)).hasSize(5).contains("李明", "马玉珍").doesNotContain("周志刚");
            });
            b.step("record more votes than members ticked present and read the refusal", () -> {
                recordVillageMeeting(b, tasklist, 4, 3, 2);
                tasklist.submit();
                String errors = b.waitUntil(d -> tasklist.errors().contains("超过实到人数") ? tasklist.errors() : null);
                assertThat(errors).contains("赞成、反对、弃权合计 5 票，超过实到人数 4");
                assertThat(taskService.createTaskQuery().taskId(party.getId()).count()).as("still open").isOne();
            });
            b.step("correct the votes: 4 present, 3 for, 1 against, and complete", () -> {
                tasklist.fill("Field_VotesAgainst", "1");
                tasklist.complete(party.getId());
            });

            Task assembly = awaitTask(number, VillageDeliberationProcess.HOLD_RESOLUTION);
            b.step("open the villagers' representative assembly: 15 representatives due", () -> {
                tasklist.open(assembly.getId());
                assertThat(tasklist.header()).contains("召开村民（代表）会议决议", number, "村民代表会议", "应到 15 人",
                        "未达到法定人数的，会议须重新召开");
                tasklist.claim();
            });
            b.step("record the assembly with only 9 of 15 ticked present (two thirds is 10), all for", () -> {
                recordVillageMeeting(b, tasklist, 9, 9, 0);
                tasklist.complete(assembly.getId());
            });
            Task again = awaitNewTask(number, VillageDeliberationProcess.HOLD_RESOLUTION, assembly.getId());
            b.step("see the assembly back in the list, to be held again with a new record", () -> {
                tasklist.open(again.getId());
                String header = tasklist.header();
                assertThat(header).contains("召开村民（代表）会议决议", number, "应到 15 人");
                // the form says that this meeting failed, how many came, and the rule it failed
                assertThat(header).contains("上次村民代表会议未达到法定人数：实到 9 人，应到 15 人",
                        "村民代表会议须三分之二以上组成人员参加（《村民委员会组织法》第二十六条）", "会议须重新召开");
                // a new record, empty: no date, nobody ticked, no votes, no minutes
                assertThat(b.find(tasklist.field("Field_HeldOn-date")).getDomProperty("value")).isEmpty();
                assertThat(b.find(tasklist.field("Field_Minutes")).getDomProperty("value")).isEmpty();
                assertThat(b.find(tasklist.field("Field_VotesFor")).getDomProperty("value")).isEmpty();
                assertThat(b.find(tasklist.field("Field_VotesAgainst")).getDomProperty("value")).isEmpty();
                assertThat(villageRollTicked(b)).isZero();
                // double-check: the first assembly is on record as held without quorum, nothing passed
                JsonNode meetings = api("liming").get("/api/deliberations/" + number).json().get("meetings");
                JsonNode failed = meetings.get(meetings.size() - 2);
                assertThat(failed.get("bodyLabel").asText()).isEqualTo("村民代表会议");
                assertThat(failed.get("verdict").asText()).isEqualTo("NO_QUORUM");
                assertThat(failed.get("passed").asBoolean()).isFalse();
            });
            b.keyScreenshot("village-assembly-held-again-without-quorum");
            b.step("record the assembly again: 12 of 15 ticked present, 10 for, and complete", () -> {
                tasklist.claim();
                recordVillageMeeting(b, tasklist, 12, 10, 1);
                tasklist.complete(again.getId());
            });
            notice = b.step("see the matter resolved and its resolution disclosed", () -> {
                // the disclosure's call activity is a save point: the notice is published a moment after the meeting
                awaitRecord("select n.number from disclosure n join deliberation d on n.deliberation_id = d.id"
                        + " where d.number = ?", number);
                JsonNode record = api("liming").get("/api/deliberations/" + number).json();
                assertThat(record.get("status").asText()).isEqualTo("RESOLVED");
                assertThat(record.get("notices")).hasSize(1);
                assertThat(taskService.createTaskQuery().processInstanceBusinessKey(number).count())
                        .as("nothing for the village until the objection window ends").isZero();
                return record.get("notices").get(0).asText();
            });
        }

        try (Browser b = Browser.phone(port, "Journey 4 resident")) {
            b.step("a link to the notice opens the board at it", () -> {
                b.open("/disclosures/#" + notice);
                b.waitUntil(d -> notice.equals(b.script("return document.activeElement.id")));
            });
            String article = "//div[@id='open-list']/article[.//p[contains(@class,'meta') and contains(., '"
                    + notice + "')]]";
            By card = By.xpath(article);
            b.step("a villager opens the public disclosure board on her phone and finds the resolution", () -> {
                b.open("/disclosures/");
                assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("村务（居务）公开栏");
                WebElement shown = b.reveal(card);
                assertThat(shown.findElement(By.cssSelector(".title")).getText()).isEqualTo("决议公开：" + title);
                assertThat(shown.findElement(By.cssSelector(".meta")).getText())
                        .isEqualTo(notice + " · 柳树村 · 决议公开 · 公示中，可提出异议");
                assertThat(shown.findElement(By.cssSelector(".content")).getText()).isEqualTo(plan);
                assertThat(shown.findElement(By.cssSelector(".deadline")).getText())
                        .contains("异议截止：", "已收到异议 0 件");
                assertThat(shown.findElement(By.cssSelector(".vote")).getText())
                        .as("the vote of the assembly that passed it").contains("表决情况：村民代表会议", "应到", "实到",
                                "12 人", "赞成", "10 票", "反对", "1 票").doesNotContain("户代表");
                Number width = (Number) b.script("return document.documentElement.clientWidth");
                Number scroll = (Number) b.script("return document.documentElement.scrollWidth");
                assertThat(scroll.intValue()).as("nothing wider than the phone's screen")
                        .isLessThanOrEqualTo(width.intValue());
            });
            b.step("send an empty objection and read the error", () -> {
                b.click(By.xpath(article + "//form//button[@type='submit']"));
                String error = b.waitForText(By.xpath(article + "//p[contains(@class,'error')]"), "异议内容");
                assertThat(error).contains("请填写异议内容");
            });
            b.step("file an objection and see it acknowledged", () -> {
                b.type(By.xpath(article + "//textarea[@name='content']"),
                        "集资比例没有征求外出务工村民的意见，请监督委员会核实。");
                b.click(By.xpath(article + "//form//button[@type='submit']"));
                assertThat(b.waitForText(By.xpath(article + "//p[contains(@class,'done')]"), "异议已提交"))
                        .matches("异议已提交，编号 O-\\d{4}-\\d{6}。监督委员会将在公示期满后审查。");
                assertThat(b.find(By.xpath(article + "//p[contains(@class,'deadline')]")).getText())
                        .as("counted at once, without reloading").contains("已收到异议 1 件");
                assertThat(b.all(By.xpath(article + "//p[contains(@class,'error')]")).get(0).getText()).isEmpty();
                b.reveal(By.xpath(article + "//p[contains(@class,'done')]"));
            });
            b.keyScreenshot("resident-objection-acknowledged-phone");
            b.step("reload the board and see the objection counted, her text not shown", () -> {
                b.open("/disclosures/");
                WebElement shown = b.reveal(card);
                assertThat(b.waitForText(By.xpath(article + "//p[contains(@class,'deadline')]"),
                        "已收到异议 1 件")).contains("已收到异议 1 件");
                assertThat(shown.getText()).doesNotContain("外出务工村民");
                assertThat(HttpApi.anonymous(port).get("/api/disclosures/" + notice).json().get("objectionCount")
                        .asInt()).isOne();
            });
        }

        // the objection window ends; the village affairs supervision committee rules, reading the objection in Tasklist
        String board = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(notice).singleResult()
                .getId();
        fireTimer(board, null);
        Task review = awaitTask(notice, PublicDisclosureProcess.REVIEW);
        try (Browser b = Browser.desktop(port, "Journey 4 supervision committee")) {
            Tasklist tasklist = new Tasklist(b);
            b.step("log into Tasklist as mayuzhen, director of 柳树村's affairs supervision committee", () ->
                    tasklist.login("mayuzhen", "demo"));
            b.step("open the objections review and read the notice and the objection on the form", () -> {
                tasklist.filter("本组待办");
                tasklist.open(review.getId());
                assertThat(tasklist.header()).contains("审查异议", notice, title, plan, "收到异议 1 件",
                        "集资比例没有征求外出务工村民的意见，请监督委员会核实。").doesNotContain("/disclosures/");
                tasklist.claim();
            });
            b.keyScreenshot("village-objections-on-the-review-form");
            b.step("dismiss the objection with reasons that are published with the notice", () -> {
                tasklist.choose("异议不成立，公开理由后归档");
                tasklist.fill("Field_RulingReasons", "外出务工村民已通过村民微信群征求意见，记录在案。");
                tasklist.complete(review.getId());
            });
        }
        assertThat(HttpApi.anonymous(port).get("/api/disclosures/" + notice).json().get("ruling").asText())
                .isEqualTo("DISMISSED");
    }

    @Test
    @Order(5)
    void journey5StreetPartySecretaryConvenesTheDepartmentsAndThePetitionResumes() {
        HttpApi.Response filed = api("demo").post("/api/petitions", body("category", "PROPERTY_MANAGEMENT",
                "communityCode", "heyuan", "gridCode", "heyuan-g1", "location", "和园小区3号楼地下室",
                "description", "地下室水泵损坏一周，物业拒不维修，3号楼高层停水。"));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String petition = filed.json().get("number").asText();

        // set-up, as the grid worker does it: contact the resident, then ask for the whistle
        try (Browser b = Browser.desktop(port, "Journey 5 grid worker")) {
            Tasklist tasklist = new Tasklist(b);
            Task contact = awaitTask(petition, ResidentPetitionProcess.CONTACT);
            b.step("log into Tasklist as zhangwei and record the contact", () -> {
                tasklist.login("zhangwei", "demo");
                tasklist.filter("我的待办");
                tasklist.open(contact.getId());
                assertThat(tasklist.header()).contains("联系诉求人", petition);
                tasklist.fill("Field_ContactNote", "已电话联系3号楼住户，物业两次约谈均拒绝维修。");
                tasklist.complete(contact.getId());
            });
            Task handle = awaitTask(petition, ResidentPetitionProcess.HANDLE);
            b.step("mark the petition as beyond the community and give the reason for the whistle", () -> {
                tasklist.open(handle.getId());
                assertThat(tasklist.header()).contains("办理诉求", petition);
                tasklist.choose("超出社区能力（需多部门、执法权或应急），申请吹哨");
                tasklist.fill("Field_Measures", "两次约谈物业，下达整改通知，物业仍拒绝更换水泵。");
                tasklist.fill("Field_EscalationReason", "物业拒不整改，需住建部门依法监管物业。");
                tasklist.complete(handle.getId());
            });
            b.step("see the petition escalated on its public page", () -> {
                // the escalation's request is a save point: it runs a moment after her completion
                awaitRecord("select e.number from escalation e join escalation_petition p"
                        + " on p.escalation_id = e.id where p.petition_number = ?", petition);
                b.open("/petition/?number=" + petition);
                assertThat(b.waitForText(By.id("status-label"), "已提请吹哨")).isEqualTo("已提请吹哨");
                assertThat(b.find(By.id("status-steps")).getText()).contains(
                        "社区已采取措施：两次约谈物业，下达整改通知，物业仍拒绝更换水泵；此事超出社区能力，正在申请街道吹哨",
                        "社区党组织已提请街道吹哨");
            });
        }
        String escalation = awaitRecord("select e.number from escalation e join escalation_petition p"
                + " on p.escalation_id = e.id where p.petition_number = ?", petition);
        // the community Party organisation blows the whistle: its step, not this journey's person, so through the API;
        // its form starts from what the grid worker wrote
        Task whistle = awaitTask(escalation, JointMeetingEscalationProcess.BLOW_WHISTLE);
        assertThat(String.valueOf(taskService.getVariableLocal(whistle.getId(), "reason")))
                .isEqualTo("物业拒不整改，需住建部门依法监管物业。");
        HttpApi.Response blown = api("wangfang").post("/engine-rest/task/" + whistle.getId() + "/submit-form",
                vars("reason", "物业拒不整改，需住建部门依法监管", "triedSoFar", "网格员两次约谈物业，下达整改通知"));
        assertThat(blown.status()).as(blown.toString()).isEqualTo(204);

        LocalDate meetingDay = LocalDate.now(CHINA).plusDays(2);
        LocalDate commitmentDue = LocalDate.now(CHINA).plusDays(5);
        try (Browser b = Browser.desktop(port, "Journey 5 street Party secretary");
                Browser liaison = Browser.desktop(port, "Journey 5 department liaison")) {
            Tasklist tasklist = new Tasklist(b);
            Tasklist liaisonTasklist = new Tasklist(liaison);
            b.step("log into Tasklist as gaojian, secretary of the street Party working committee",
                    () -> tasklist.login("gaojian", "demo"));
            Task decide = awaitTask(escalation, JointMeetingEscalationProcess.DECIDE_CONVENING);
            b.step("find the escalation in the street's group list and read the whistle on the form", () -> {
                tasklist.filter("本组待办");
                tasklist.open(decide.getId());
                assertThat(tasklist.header()).contains("决定是否召集", escalation, "物业服务", "和园社区",
                        "物业拒不整改，需住建部门依法监管", "网格员两次约谈物业", "召集职能部门召开联席会议");
                tasklist.claim();
            });
            b.step("decide to convene the departments", () -> {
                tasklist.choose("召集联席会议");
                tasklist.fill("Field_Instructions", "召集住建部门，督促物业三日内更换水泵。");
                tasklist.complete(decide.getId());
            });
            Task confirm = awaitTask(escalation, JointMeetingEscalationProcess.CONFIRM_DEPARTMENTS);
            b.step("open the proposal: the street's departments by name, the housing department ticked", () -> {
                tasklist.open(confirm.getId());
                assertThat(tasklist.header()).contains("确认部门与会议时间", escalation, "建议召集",
                        "区住房和城乡建设委员会", "报到时限", "召集住建部门");
                tasklist.claim();
                assertThat(escalationCheckbox(b, "区住房和城乡建设委员会").isSelected()).as("proposed").isTrue();
                assertThat(escalationCheckbox(b, "区城市管理委员会").isSelected()).isFalse();
                assertThat(tasklist.header()).doesNotContain("housing", "编码");
            });
            b.step("tick the urban management committee as well", () -> {
                tasklist.choose("区城市管理委员会");
                assertThat(escalationCheckbox(b, "区城市管理委员会").isSelected()).isTrue();
            });
            b.step("pick the meeting time, two days on at 09:30, with the date and time pickers", () -> {
                FormControls.pickDate(b, tasklist.field("Field_MeetingTime-date"), meetingDay);
                FormControls.pickTime(b, tasklist.field("Field_MeetingTime-time"), "09:30");
            });
            b.keyScreenshot("street-secretary-confirms-departments");
            b.step("confirm the departments with the meeting in two days", () -> tasklist.complete(confirm.getId()));

            List<Task> reportIns = awaitEscalationReportIns(escalation, 2);
            Task reportIn = reportIns.stream().filter(t -> taskService.getIdentityLinksForTask(t.getId()).stream()
                    .anyMatch(l -> "dept-housing".equals(l.getGroupId()))).findFirst().orElseThrow();
            liaison.step("log into Tasklist as housing-liaison, the housing department's liaison",
                    () -> liaisonTasklist.login("housing-liaison", "demo"));
            liaison.step("find the summons with the matter, the meeting time and the place, and report in", () -> {
                liaisonTasklist.filter("本组待办");
                liaisonTasklist.open(reportIn.getId());
                assertThat(liaisonTasklist.header()).contains("部门报到", escalation, "物业服务", "和园社区",
                        meetingDay + " 09:30", "贵部门被召集参加联席会议");
                liaisonTasklist.claim();
                liaisonTasklist.fill("Field_LiaisonName", "住建委物业科 王工");
            });
            liaison.keyScreenshot("department-liaison-reports-in");
            liaison.step("report in", () -> liaisonTasklist.complete(reportIn.getId()));

            // the meeting goes ahead at its time, two days on: the timer is fired instead of waited for; the urban
            // management committee never reported in
            fireTimer(processInstanceOf(escalation), JointMeetingEscalationProcess.MEETING_TIME_ARRIVED);

            Task meeting = awaitTask(escalation, JointMeetingEscalationProcess.RECORD_MEETING);
            b.step("open the joint meeting: who reported in, and the convened departments only", () -> {
                tasklist.open(meeting.getId());
                assertThat(tasklist.header()).contains("记录联席会议", escalation, "区住房和城乡建设委员会",
                        "已报到", "区城市管理委员会", "未报到");
                tasklist.claim();
                assertThat(b.all(By.xpath("//*[contains(@class,'task-details')]//label[.//input[@type='checkbox']"
                        + " and .//input[contains(@id,'Field_Attendance')]]")).stream().map(WebElement::getText)
                        .map(String::trim).toList()).containsExactly("区住房和城乡建设委员会", "区城市管理委员会");
            });
            b.step("tick who came and add the department's commitment as a row", () -> {
                tasklist.choose("区住房和城乡建设委员会");
                assertThat(escalationCheckbox(b, "区住房和城乡建设委员会").isSelected()).as("attended").isTrue();
                escalationSelect(b, By.cssSelector(".task-details [id*='Field_CommitmentDepartment']"),
                        "区住房和城乡建设委员会");
                b.typeOver(By.cssSelector(".task-details textarea[id*='Field_CommitmentMeasure']"),
                        "督促物业更换地下室水泵");
                FormControls.pickDate(b, By.cssSelector(".task-details input[id*='Field_CommitmentDueDate'][id$='-date']"),
                        commitmentDue);
                tasklist.fill("Field_Minutes", "住建部门到会，约谈物业负责人，物业承诺更换水泵并恢复供水；城管委未到会。");
                assertThat(b.all(By.cssSelector(".task-details .fjs-has-errors, .task-details .fjs-form-field-error"))
                        .stream().map(e -> e.getAttribute("class") + " " + e.getText()).toList())
                        .as("no field in error").isEmpty();
            });
            b.keyScreenshot("street-secretary-records-joint-meeting");
            b.step("record the joint meeting", () -> tasklist.complete(meeting.getId()));
            try (Browser resident = Browser.phone(port, "Journey 5 resident after the meeting")) {
                resident.step("the resident's page shows the meeting's decision at once: department, commitment, deadline",
                        () -> {
                            resident.open("/petition/?number=" + petition);
                            assertThat(resident.waitForText(By.id("status-steps"), "街道联席会议已决定")).contains(
                                    "街道联席会议已决定：区住房和城乡建设委员会：督促物业更换地下室水泵（" + commitmentDue
                                            + " 前完成）");
                            assertThat(resident.find(By.id("status-label")).getText()).isEqualTo("已提请吹哨");
                        });
            }

            Task done = awaitTask(escalation, JointMeetingEscalationProcess.REPORT_COMMITMENT_DONE);
            liaison.step("the liaison reads the commitment and reports it done", () -> {
                liaisonTasklist.open(done.getId());
                assertThat(liaisonTasklist.header()).contains("报告承诺完成", escalation, "督促物业更换地下室水泵",
                        commitmentDue.toString(), "事不完、人不撤");
                liaisonTasklist.claim();
                liaisonTasklist.fill("Field_CompletionReport", "物业已更换地下室水泵，3号楼供水恢复正常。");
                liaisonTasklist.complete(done.getId());
            });

            Task evaluate = awaitTask(escalation, JointMeetingEscalationProcess.EVALUATE);
            b.step("rate each convened department in its row and record the outcome", () -> {
                tasklist.open(evaluate.getId());
                assertThat(tasklist.header()).contains("评价部门与结果", escalation, "未到会");
                tasklist.claim();
                List<WebElement> onTime = b.all(By.cssSelector(".task-details input[id*='Field_RatingOnTime']"));
                assertThat(onTime).as("one row per convened department").hasSize(2);
                int[][] scores = {{5, 5, 4}, {1, 2, 1}};
                for (int row = 0; row < 2; row++) {
                    escalationScore(b, "Field_RatingOnTime", row, scores[row][0]);
                    escalationScore(b, "Field_RatingEffective", row, scores[row][1]);
                    escalationScore(b, "Field_RatingCooperative", row, scores[row][2]);
                }
                tasklist.fill("Field_Outcome", "住建部门督促物业更换水泵，3号楼供水已恢复。");
            });
            b.keyScreenshot("street-secretary-evaluates-departments");
            b.step("complete the evaluation", () -> tasklist.complete(evaluate.getId()));
            b.step("see the outcome on the public disclosure board, titled by the matter", () -> {
                // answering the petitions and publishing the outcome are save points, a moment after the evaluation
                awaitDisclosureOf(processInstanceOf(escalation));
                b.open("/disclosures/");
                WebElement shown = b.reveal(By.xpath("//div[@id='open-list']/article[.//h3[contains(., '"
                        + "地下室水泵损坏一周')]]"));
                assertThat(shown.findElement(By.cssSelector(".title")).getText())
                        .isEqualTo("吹哨办理结果：地下室水泵损坏一周，物业拒不维修，3号楼高层停水");
                assertThat(shown.getText()).contains("和园社区", "住建部门督促物业更换水泵").doesNotContain(escalation);
            });
        }

        // the petition resumes as soon as the outcome is recorded: the notice's objection window is NOT fired
        awaitTask(petition, ResidentPetitionProcess.CALLBACK);
        ProcessInstance disclosure = awaitDisclosureOf(processInstanceOf(escalation));
        String notice = disclosure.getBusinessKey();

        try (Browser b = Browser.phone(port, "Journey 5 resident")) {
            b.step("the resident looks her petition up and sees the outcome and the callback, the window still open", () -> {
                b.open("/petition/?number=" + petition);
                assertThat(b.waitForText(By.id("status-label"), "待回访")).isEqualTo("待回访");
                assertThat(b.find(By.id("status-step")).getText()).isEqualTo("吹哨办结，待回访");
                assertThat(b.find(By.id("status-steps")).getText()).contains("社区党组织已提请街道吹哨",
                        "街道联席会议已决定：区住房和城乡建设委员会", "联席会议办理结果：住建部门督促物业更换水泵，3号楼供水已恢复；社区会回访您");
                assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(disclosure.getId()).count())
                        .as("the outcome notice's objection window is still open").isOne();
                b.reveal(By.id("status"));
            });
            b.keyScreenshot("resident-petition-resumed-after-escalation-phone");
            b.step("follow the link to the outcome notice on the board", () -> {
                b.click(By.cssSelector("#status-notice-list a[href='/disclosures/#" + notice + "']"));
                b.waitUntil(d -> notice.equals(b.script("return document.activeElement.id")));
                assertThat(b.find(By.id(notice)).getText()).contains("吹哨办理结果：地下室水泵损坏一周");
            });
        }
    }

    // --- Tasklist's start-process dialog ----------------------------------------------------------------------------

    // --- finding ids -------------------------------------------------------------------------------------------------

    /** Waits (up to 20 s) for a record's number, e.g. the deliberation a start form opened. */
    private String awaitRecord(String sql, Object argument) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            List<String> found = jdbc.queryForList(sql, String.class, argument);
            if (!found.isEmpty() && found.get(0) != null) {
                return found.get(0);
            }
            sleep(200);
        }
        throw new AssertionError("nothing for " + argument + " within 20 s: " + sql);
    }

    /** Waits for the open task of that step that is not the one just completed (a meeting held again). */
    private Task awaitNewTask(String businessKey, String taskDefinitionKey, String previousId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
                    .taskDefinitionKey(taskDefinitionKey).list()) {
                if (!task.getId().equals(previousId)) {
                    return task;
                }
            }
            sleep(200);
        }
        throw new AssertionError("no new task " + taskDefinitionKey + " for " + businessKey + " within 20 s");
    }

    private String processInstanceOf(String businessKey) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult()
                .getId();
    }

    private ProcessInstance awaitDisclosureOf(String superProcessInstanceId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            ProcessInstance called = runtimeService.createProcessInstanceQuery()
                    .superProcessInstanceId(superProcessInstanceId).singleResult();
            if (called != null) {
                return called;
            }
            sleep(200);
        }
        throw new AssertionError("no disclosure called by " + superProcessInstanceId + " within 20 s");
    }

    /** Lets time pass: runs the (only, or the named) timer of a process instance now instead of at its due time. */
    private void fireTimer(String processInstanceId, String activityId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            var query = managementService.createJobQuery().processInstanceId(processInstanceId).timers();
            List<Job> timers = (activityId == null ? query : query.activityId(activityId)).list();
            if (!timers.isEmpty()) {
                managementService.executeJob(timers.get(0).getId());
                return;
            }
            sleep(200);
        }
        throw new AssertionError("no timer " + activityId + " in " + processInstanceId + " within 20 s");
    }

    // --- the village meeting form (journey 4) -----------------------------------------------------------------------

    private static final By VILLAGE_ROLL = By.cssSelector(
            ".task-details input[type='checkbox'][id*='-Field_Attendance-']");

    /** The names on the meeting roll the form offers to tick (forms/hold-meeting.form, Field_Attendance). */
    private static List<String> villageRoll(Browser b) {
        return b.all(VILLAGE_ROLL).stream()
                .map(box -> box.findElement(By.xpath("./ancestor::label[1]")).getText().trim()).toList();
    }

    private static long villageRollTicked(Browser b) {
        return b.all(VILLAGE_ROLL).stream().filter(WebElement::isSelected).count();
    }

    /**
     * Fills the meeting form as the village's meeting secretary does: the date picked (yesterday), the first
     * {@code present} on the roll ticked as present, the votes and the minutes.
     */
    private static void recordVillageMeeting(Browser b, Tasklist tasklist, int present, int votesFor,
            int votesAgainst) {
        By date = tasklist.field("Field_HeldOn-date");
        LocalDate yesterday = LocalDate.now(CHINA).minusDays(1);
        String placeholder = b.find(date).getAttribute("placeholder");
        String typed = placeholder != null && placeholder.startsWith("mm/dd")
                ? yesterday.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")) : yesterday.toString();
        b.type(date, typed);
        b.find(date).sendKeys(Keys.ENTER);
        b.find(date).sendKeys(Keys.ESCAPE);
        Browser.settle();
        assertThat(b.find(date).getDomProperty("value")).as("the date took").isEqualTo(typed);
        List<WebElement> roll = b.all(VILLAGE_ROLL);
        assertThat(roll).as("the roll offered").hasSizeGreaterThanOrEqualTo(present);
        for (int i = 0; i < present; i++) {
            WebElement box = b.all(VILLAGE_ROLL).get(i);
            if (!box.isSelected()) {
                b.script("arguments[0].scrollIntoView({block: 'center'});", box);
                box.click();
                Browser.settle();
            }
        }
        assertThat(villageRollTicked(b)).isEqualTo(present);
        tasklist.fill("Field_VotesFor", Integer.toString(votesFor));
        tasklist.fill("Field_VotesAgainst", Integer.toString(votesAgainst));
        tasklist.fill("Field_VotesAbstain", "0");
        tasklist.fill("Field_Minutes", "会议讨论村东道路硬化方案，逐项表决。");
    }

    /** Waits (up to 20 s) until the escalation's departments each have their report-in task. */
    private List<Task> awaitEscalationReportIns(String escalation, int departments) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(escalation)
                    .taskDefinitionKey(JointMeetingEscalationProcess.REPORT_IN).list();
            if (tasks.size() == departments) {
                return tasks;
            }
            sleep(200);
        }
        throw new AssertionError("no " + departments + " report-in tasks for " + escalation + " within 20 s");
    }

    /** The checkbox of an escalation form's checklist option, by its label. */
    private static WebElement escalationCheckbox(Browser b, String label) {
        return b.find(By.xpath("//*[contains(@class,'task-details')]//label[contains(normalize-space(.), '" + label
                + "')]//input[@type='checkbox'] | //*[contains(@class,'task-details')]//input[@type='checkbox']"
                + "[following-sibling::*[1][contains(normalize-space(.), '" + label + "')] or @id=//label["
                + "contains(normalize-space(.), '" + label + "')]/@for]"));
    }

    /** Opens a form-js select (one of the escalation's department choices) and clicks the option by its label. */
    private static void escalationSelect(Browser b, By select, String label) {
        b.click(select);
        b.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + label + "']"));
        Browser.settle();
    }

    /** Types one score (1–5) into the evaluation's row. */
    private static void escalationScore(Browser b, String field, int row, int score) {
        WebElement input = b.all(By.cssSelector(".task-details input[id*='" + field + "']")).get(row);
        // the page's footer can cover a row at the bottom of the pane: bring it to the middle first
        b.script("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(score));
        Browser.settle();
    }
}
