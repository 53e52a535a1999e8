package cn.gongzhi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.workforce.process.CertificateRenewalLaunches;
import cn.gongzhi.workforce.process.CertificateRenewalProcess;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Journey 16 — community workers' records as each person meets them: 张伟 reads her own record on /workers/ (grade,
 * her certificate due for renewal with its number masked, the year's hours against her plan); 陈静, head of 和园社区,
 * sees her community's workers and not 柳树村's; 高建 of the street office sees the street's, and the dashboard's
 * 社工队伍 shows what the API counts; then the renewal reminder fires (the launcher's look, run now) and 张伟 records
 * the renewal in Tasklist with the date pickers, and her record shows the new end, no longer due; a Party member who
 * is no worker is refused. The record pages pass the WCAG check.
 */
class WorkerRecordPagesE2E extends E2ESupport {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    ApplicationContext context;

    @Test
    void aWorkerReadsHerRecordHerHeadAndTheStreetOfficeTheirsTheReminderFiresAndAMemberIsRefused() {
        JsonNode own = api("zhangwei").get("/api/workers/me").json();
        try (Browser worker = Browser.desktop(port, "Journey 16 worker's record")) {
            worker.step("zhangwei reads her record: grade, the certificate due for renewal, masked, her hours", () -> {
                staffLogin(worker, "zhangwei", "/workers/");
                String text = worker.waitUntil(d -> {
                    String t = d.findElement(By.id("own")).getText();
                    return t.contains("年度培训") ? t : null;
                });
                assertThat(text).contains("张伟", "和园社区", own.get("grade").asInt() + " 级", "助理社会工作师",
                        "即将到期，请办理注册续期", "已记 " + own.at("/training/hoursCredited").asInt() + " 学时");
                assertThat(text).as("the certificate number masked").contains("************0347")
                        .doesNotContain("ZL20211101080347");
                assertThat(worker.driver().findElement(By.id("supervisedSection")).isDisplayed()).as("she supervises nobody")
                        .isFalse();
                Accessibility.check(worker, "worker's record page");
            });
            worker.keyScreenshot("worker-reads-her-record");
        }

        try (Browser head = Browser.desktop(port, "Journey 16 community head")) {
            head.step("chenjing, head of 和园社区, sees her community's workers, not 柳树村's", () -> {
                staffLogin(head, "chenjing", "/workers/");
                String table = head.waitUntil(d -> {
                    String t = d.findElement(By.id("supervised")).getText();
                    return t.contains("张伟") ? t : null;
                });
                assertThat(table).contains("赵磊", "刘洋", "1 张即将到期").doesNotContain("孙丽", "马超", "周敏");
                Accessibility.check(head, "head's workers page");
            });
        }

        try (Browser office = Browser.desktop(port, "Journey 16 street office")) {
            HttpApi gaojian = api("gaojian");
            office.step("gaojian sees the street's workers, 马超 without a valid qualification", () -> {
                staffLogin(office, "gaojian", "/workers/");
                String table = office.waitUntil(d -> {
                    String t = d.findElement(By.id("supervised")).getText();
                    return t.contains("马超") ? t : null;
                });
                assertThat(table).contains("张伟", "孙丽", "周敏");
                String machao = office.find(By.xpath("//tbody[@id='supervised']/tr[td[1]='马超']")).getText();
                assertThat(machao).contains("无");
            });
            office.keyScreenshot("street-office-reads-the-workers");
            office.step("the dashboard's 社工队伍 for the street shows what the API counts", () -> {
                office.open("/supervision/");
                office.waitForText(By.id("unitLabel"), "清河街道");
                new Select(office.find(By.id("unit"))).selectByVisibleText("街道");
                office.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#workers div")));
                String from = office.find(By.id("from")).getAttribute("value");
                String to = office.find(By.id("to")).getAttribute("value");
                JsonNode figures = gaojian.get("/api/supervision/summary?unit=STREET&unitId=qinghe&from=" + from
                        + "&to=" + to).json().get("workers");
                String shown = office.waitUntil(d -> {
                    String t = d.findElement(By.id("workers")).getText();
                    return t.contains("社区工作者：") ? t : null;
                });
                assertThat(shown).contains("社区工作者：" + figures.get("workers").asInt(),
                        "持有效职业资格占比：", "（" + figures.at("/qualifiedShare/part").asInt() + "/"
                                + figures.get("workers").asInt() + "）",
                        "90 天内到期的证书：" + figures.get("certificatesExpiring").asInt(),
                        "已记学时：" + figures.get("hoursCredited").asInt());
                assertThat(figures.get("certificatesExpiring").asInt()).as("张伟's certificate").isPositive();
            });
        }

        Task renew = awaitRenewalTask();
        LocalDate renewedUntil = LocalDate.parse(own.at("/qualifications/0/validUntil").asText()).plusYears(3);
        try (Browser worker = Browser.desktop(port, "Journey 16 certificate renewal")) {
            Tasklist tasks = new Tasklist(worker);
            worker.step("the renewal reminder fires: zhangwei finds 办理证书注册续期 in 我的待办", () -> {
                tasks.login("zhangwei", "demo");
                tasks.filter("我的待办");
                tasks.open(renew.getId());
                assertThat(tasks.header()).contains("办理证书注册续期");
                assertThat(worker.find(By.cssSelector(".task-details .fjs-form")).getText()).contains("助理社会工作师")
                        .doesNotContain("ZL20211101080347");
            });
            worker.step("he records the renewal with the date pickers and completes it", () -> {
                FormControls.pickDate(worker, By.cssSelector(".task-details input[id*='Field_RenewedOn'][id$='-date']"),
                        LocalDate.now(CHINA));
                FormControls.pickDate(worker, By.cssSelector(".task-details input[id*='Field_ValidUntil'][id$='-date']"),
                        renewedUntil);
                tasks.complete(renew.getId());
            });
            worker.keyScreenshot("worker-renews-her-certificate");
            worker.step("from the Welcome page's link, her record shows the new end, no longer due", () -> {
                worker.open("/camunda/app/welcome/default/");
                worker.click(By.linkText("我的职业档案"));
                worker.waitUntil(d -> java.net.URI.create(d.getCurrentUrl()).getPath().equals("/workers/"));
                String text = worker.waitUntil(d -> {
                    String t = d.findElement(By.id("own")).getText();
                    return t.contains("年度培训") ? t : null;
                });
                assertThat(text).contains("注册有效期至 " + renewedUntil, "续期于 " + LocalDate.now(CHINA))
                        .doesNotContain("即将到期");
            });
        }

        try (Browser member = Browser.desktop(port, "Journey 16 refused")) {
            member.step("hexiaoyan, a Party member and no worker, is refused with the reason", () -> {
                staffLogin(member, "hexiaoyan", "/workers/");
                member.waitForText(By.id("error"), "不是社区工作者");
                assertThat(member.driver().findElement(By.id("own")).getText()).isEmpty();
                assertThat(member.driver().findElement(By.id("supervisedSection")).isDisplayed()).isFalse();
            });
        }
    }

    /** Runs the renewals' launcher as its schedule would and waits for 张伟's task (the start runs after a save point). */
    private Task awaitRenewalTask() {
        assertThat(CertificateRenewalLaunches.launchNow(context)).as("张伟's certificate ends within 90 days")
                .isPositive();
        for (int i = 0; i < 100; i++) {
            List<Task> tasks = taskService.createTaskQuery().taskDefinitionKey(CertificateRenewalProcess.RENEW)
                    .taskAssignee("zhangwei").list();
            if (!tasks.isEmpty()) {
                return tasks.get(0);
            }
            sleep(200);
        }
        throw new AssertionError("no renewal task for zhangwei within 20 s");
    }

    private static void staffLogin(Browser b, String user, String path) {
        b.open(path);
        b.waitUntil(ExpectedConditions.urlContains("/login/"));
        b.type(By.id("username"), user);
        b.type(By.id("password"), "demo");
        b.click(By.id("submit"));
        b.waitUntil(d -> java.net.URI.create(d.getCurrentUrl()).getPath().equals(path));
    }
}
