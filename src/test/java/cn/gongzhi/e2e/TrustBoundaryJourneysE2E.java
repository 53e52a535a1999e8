package cn.gongzhi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Journey 9: the people who should be refused, as they meet the refusal in Tasklist. A 柳树村 grid worker is offered
 * only what she may start, and a petition she tries to record for 和园社区 is refused with the reason on the form,
 * nothing filed; the village secretary is offered his village's procedures, not the urban consultation nor the
 * disclosure, which only processes start.
 */
class TrustBoundaryJourneysE2E extends E2ESupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void journey9PeopleAreOfferedOnlyWhatTheyMayStartAndARefusalSaysWhy() {
        String description = "越权登记测试（" + System.currentTimeMillis() % 100_000 + "）";
        try (Browser b = Browser.desktop(port, "Journey 9 refused")) {
            Tasklist tasklist = new Tasklist(b);
            b.step("log into Tasklist as sunli, grid worker of 柳树村", () -> tasklist.login("sunli", "demo"));
            b.step("Start process offers her the petition intake only", () -> {
                assertThat(startable(b)).anyMatch(name -> name.contains("居民诉求"))
                        .noneMatch(name -> name.contains("四议两公开") || name.contains("居民协商")
                                || name.contains("吹哨") || name.contains("公开与异议"));
            });
            b.step("record a petition for 和园社区, another community, and read the refusal", () -> {
                b.click(By.xpath("//div[contains(@class,'modal-dialog')]//ul[contains(@class,'processes')]"
                        + "//a[contains(normalize-space(.), '居民诉求')]"));
                b.find(By.cssSelector(".modal-dialog .fjs-form"));
                b.click(By.cssSelector(".modal-dialog .fjs-form-field-select .fjs-input-group"));
                // form-js picks an option on mousedown; the open list may sit under the next field
                WebElement option = b.find(By.xpath("//div[contains(@class,'modal-dialog')]"
                        + "//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='物业服务']"));
                b.script("arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true}))", option);
                Browser.settle();
                b.typeOver(By.cssSelector(".modal-dialog [id$='-Field_CommunityCode']"), "heyuan");
                b.typeOver(By.cssSelector(".modal-dialog [id$='-Field_Location']"), "和园小区 5 号楼");
                b.typeOver(By.cssSelector(".modal-dialog [id$='-Field_Description']"), description);
                b.click(By.cssSelector(".modal-dialog button[ng-click='startProcessInstance()']"));
                WebElement refusal = b.waitUntil(d -> d.findElements(By.cssSelector(".modal-dialog .alert,"
                        + " .notifications .alert, .modal-dialog .notification, .notifications .notification"))
                        .stream().filter(e -> e.getText().contains("只有和园社区")).findFirst().orElse(null));
                assertThat(refusal.getText()).contains("sunli 不是");
                b.script("arguments[0].scrollIntoView({block: 'center'})", refusal);
                b.keyScreenshot("worker-refused-other-community-petition");
            });
            assertThat(jdbc.queryForObject("select count(*) from petition where description = ?", Long.class,
                    description)).as("nothing filed").isZero();
        }
        try (Browser b = Browser.desktop(port, "Journey 9 village secretary")) {
            Tasklist tasklist = new Tasklist(b);
            b.step("log into Tasklist as liming, secretary and director of 柳树村", () -> tasklist.login("liming", "demo"));
            b.step("Start process offers the village's procedures, not the urban consultation or the disclosure", () ->
                    assertThat(startable(b)).anyMatch(name -> name.contains("四议两公开"))
                            .anyMatch(name -> name.contains("吹哨")).anyMatch(name -> name.contains("居民诉求"))
                            .noneMatch(name -> name.contains("居民协商") || name.contains("公开与异议")));
        }
    }

    /** The names Tasklist's Start process dialog lists. */
    private static List<String> startable(Browser b) {
        b.click(By.xpath("//a[normalize-space(.)='发起流程']"));
        b.find(By.cssSelector(".modal-dialog ul.processes a"));
        return b.all(By.cssSelector(".modal-dialog ul.processes a")).stream().map(WebElement::getText).toList();
    }
}
