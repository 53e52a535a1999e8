package cn.gongzhi.e2e;

import static cn.gongzhi.support.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Journey 10 — the pages pass the automated WCAG 2.1 AA check (axe-core, {@link Accessibility}) with no serious or
 * critical violation, as residents and staff meet them: the resident's petition page empty, with its errors and with a
 * petition looked up; the disclosure board; the staff login page; the supervisors' dashboard; the error page. And they
 * work from the keyboard alone: a supervisor logs in and reaches the dashboard's figures without a mouse.
 */
class AccessibilityE2E extends E2ESupport {

    @Test
    void residentsPagesPassTheWcagCheckEmptyWithErrorsAndWithAPetition() {
        String number = api("demo").post("/api/petitions", body("category", "PROPERTY_MANAGEMENT",
                "communityCode", "heyuan", "gridCode", "heyuan-g1", "location", "5号楼东侧",
                "description", "路灯不亮，夜里行走不便")).json().get("number").asText();
        try (Browser b = Browser.phone(port, "Journey 10 accessibility, resident")) {
            b.step("the petition page, empty, passes the WCAG 2.1 AA check", () -> {
                b.open("/petition/");
                b.waitUntil(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#category option[value]:not([value=''])")));
                Accessibility.check(b, "petition page empty");
            });
            b.step("with the errors of an empty submission it still passes", () -> {
                b.click(By.id("submit"));
                b.waitUntil(d -> !d.findElement(By.cssSelector("[data-error-for='location']")).getText().isEmpty());
                Accessibility.check(b, "petition page with errors");
            });
            b.step("with a petition looked up it still passes", () -> {
                b.type(By.id("lookup-number"), number);
                b.find(By.id("lookup-number")).sendKeys(Keys.ENTER);
                b.waitForText(By.id("status-number"), number);
                Accessibility.check(b, "petition lookup");
            });
            b.step("the disclosure board passes", () -> {
                b.open("/disclosures/");
                b.waitUntil(d -> !d.findElement(By.id("open-list")).getText().isEmpty()
                        || d.findElement(By.id("open-empty")).isDisplayed());
                Accessibility.check(b, "disclosure board");
            });
            b.step("a page that does not exist answers in Chinese and passes", () -> {
                b.open("/no-such-page");
                assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("页面不存在");
                Accessibility.check(b, "error page");
            });
        }
    }

    @Test
    void aSupervisorLogsInAndReadsTheDashboardFromTheKeyboardAlone() {
        try (Browser b = Browser.desktop(port, "Journey 10 accessibility, supervisor")) {
            b.step("the dashboard sends her to the Chinese login page, which passes the check", () -> {
                b.open("/supervision/");
                b.waitUntil(ExpectedConditions.urlContains("/login/"));
                assertThat(b.find(By.tagName("h1")).getText()).contains("工作人员登录");
                Accessibility.check(b, "staff login page");
            });
            b.keyScreenshot("staff-login");
            b.step("she logs in with the keyboard alone and comes back to the dashboard", () -> {
                WebElement focused = b.driver().switchTo().activeElement();
                assertThat(focused.getAttribute("id")).isEqualTo("username");
                Actions keys = new Actions(b.driver());
                keys.sendKeys("gaojian").sendKeys(Keys.TAB).sendKeys("demo").sendKeys(Keys.ENTER).perform();
                b.waitUntil(d -> java.net.URI.create(d.getCurrentUrl()).getPath().startsWith("/supervision/"));
                b.find(By.tagName("h1"));
                assertThat(b.bodyText()).contains("服务督办");
            });
            b.step("the dashboard with its figures passes the check", () -> {
                b.waitForText(By.id("unitLabel"), "清河街道");
                Accessibility.check(b, "supervision dashboard");
            });
            b.step("every control is reached with Tab, in order, each with a visible name", () -> {
                b.script("document.activeElement.blur(); window.scrollTo(0, 0)");
                java.util.Set<String> reached = new java.util.LinkedHashSet<>();
                for (int i = 0; i < 80; i++) {
                    new Actions(b.driver()).sendKeys(Keys.TAB).perform();
                    String name = (String) b.script("""
                            var e = document.activeElement;
                            if (!e || e === document.body) return null;
                            var label = e.labels && e.labels.length ? e.labels[0].textContent
                                : (e.getAttribute('aria-label') || e.textContent);
                            return e.tagName.toLowerCase() + ':' + (label || '').trim();""");
                    // (a date field takes several Tab presses, one per part of the date)
                    if (name == null || (!reached.isEmpty() && name.equals(reached.iterator().next()))) {
                        break;
                    }
                    reached.add(name);
                }
                assertThat(reached).as("controls reached with Tab").isNotEmpty()
                        .allSatisfy(name -> assertThat(name.substring(name.indexOf(':') + 1)).isNotBlank());
                assertThat(String.join(" ", reached)).contains("单位", "刷新");
            });
            b.step("she logs out on the dashboard: Tasklist asks for the login again too", () -> {
                b.click(By.id("logout"));
                b.waitUntil(d -> java.net.URI.create(d.getCurrentUrl()).getPath().equals("/login/"));
                b.open("/camunda/app/tasklist/default/");
                b.find(By.cssSelector("input[ng-model='username']"));
            });
        }
    }
}
