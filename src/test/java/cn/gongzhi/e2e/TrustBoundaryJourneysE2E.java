package cn.gongzhi.e2e;

import static cn.gongzhi.petition.web.PetitionApiTestSupport.vars;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Journey 9: the people who should be refused, as they meet the refusal. A 柳树村 grid worker is offered only what she
 * may start; the petition she records is filed for her own village without her naming it, and a start that names
 * 和园社区 anyway (a forged form) is refused with 403 and the reason, nothing filed; the village secretary is offered
 * his village's procedures, not the urban consultation nor the disclosure, which only processes start.
 */
class TrustBoundaryJourneysE2E extends E2ESupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void journey9PeopleAreOfferedOnlyWhatTheyMayStartAndCannotFileForAnotherCommunity() {
        String description = "本村登记测试（" + System.currentTimeMillis() % 100_000 + "）";
        String forged = "越权登记测试（" + System.currentTimeMillis() % 100_000 + "）";
        try (Browser b = Browser.desktop(port, "Journey 9 refused")) {
            Tasklist tasklist = new Tasklist(b);
            b.step("log into Tasklist as sunli, grid worker of 柳树村", () -> tasklist.login("sunli", "demo"));
            b.step("Start process offers her the petition intake only", () -> {
                assertThat(startable(b)).anyMatch(name -> name.contains("居民诉求"))
                        .noneMatch(name -> name.contains("四议两公开") || name.contains("居民协商")
                                || name.contains("吹哨") || name.contains("公开与异议"));
            });
            b.step("record a petition: no community is asked, it is filed for her own 柳树村", () -> {
                b.click(By.xpath("//div[contains(@class,'modal-dialog')]//ul[contains(@class,'processes')]"
                        + "//a[contains(normalize-space(.), '居民诉求')]"));
                String form = b.find(By.cssSelector(".modal-dialog .fjs-form")).getText();
                // the form says how the place is decided; it has no field for a community or a grid
                assertThat(form).doesNotContain("编码");
                assertThat(b.all(By.cssSelector(".modal-dialog .fjs-form-field label")).stream()
                        .map(WebElement::getText)).noneMatch(label -> label.contains("社区") || label.contains("网格"));
                b.click(By.cssSelector(".modal-dialog .fjs-form-field-select .fjs-input-group"));
                // form-js picks an option on mousedown; the open list may sit under the next field
                WebElement option = b.find(By.xpath("//div[contains(@class,'modal-dialog')]"
                        + "//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='物业服务']"));
                b.script("arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true}))", option);
                Browser.settle();
                b.typeOver(By.cssSelector(".modal-dialog [id$='-Field_Location']"), "柳树村 3 组");
                b.typeOver(By.cssSelector(".modal-dialog [id$='-Field_Description']"), description);
                b.click(By.cssSelector(".modal-dialog button[ng-click='startProcessInstance()']"));
                b.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
                String community = b.waitUntil(d -> jdbc.queryForList(
                        "select community_code from petition where description = ?", String.class, description)
                        .stream().findFirst().orElse(null));
                assertThat(community).isEqualTo("liushu");
            });
            b.step("a start that names 和园社区 anyway (a forged form) is refused and files nothing", () -> {
                HttpApi.Response refused = api("sunli").post(
                        "/engine-rest/process-definition/key/ResidentPetitionProcess/submit-form",
                        vars("communityCode", "heyuan", "category", "PROPERTY_MANAGEMENT", "location", "和园小区 5 号楼",
                                "description", forged));
                assertThat(refused.status()).isEqualTo(403);
                assertThat(refused.body()).contains("只有和园社区的", "sunli 不是");
            });
            assertThat(jdbc.queryForObject("select count(*) from petition where description = ?", Long.class,
                    forged)).as("nothing filed").isZero();
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
