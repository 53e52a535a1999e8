package cn.gongzhi.petition.web;

import static cn.gongzhi.petition.web.PetitionApiTest.petition;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The resident's side: the page, filing without a login, looking up by number, and the per-client limit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicIntakeTest {

    @LocalServerPort
    int port;

    /** Each test is its own client (its own address, as a reverse proxy would report it). */
    private HttpApi resident() {
        int a = (int) (Math.random() * 250) + 1;
        int b = (int) (Math.random() * 250) + 1;
        return HttpApi.anonymous(port).withHeader("X-Forwarded-For", "203.0." + a + "." + b);
    }

    @Test
    void thePageIsServedWithoutLogin() {
        Response page = HttpApi.anonymous(port).get("/petition/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("居民诉求", "查询进度", "petition.js");
        assertThat(HttpApi.anonymous(port).get("/petition/petition.js").body()).contains("textContent")
                .doesNotContain("innerHTML");
        JsonNode categories = HttpApi.anonymous(port).get("/public/petition-categories").json();
        assertThat(categories.size()).isGreaterThanOrEqualTo(10);
        assertThat(HttpApi.anonymous(port).get("/public/communities").body()).contains("heyuan", "和园第一网格");
    }

    @Test
    void productPagesAndApisCarryAContentSecurityPolicyAndKeepTheirAddressesToThemselves() {
        for (String path : new String[] {"/petition/", "/disclosures/", "/public/petition-categories",
                "/open311/v2/services.json"}) {
            Response answer = HttpApi.anonymous(port).get(path);
            assertThat(answer.header("Content-Security-Policy")).as(path).contains("default-src 'self'")
                    .contains("script-src 'self'").doesNotContain("unsafe");
            assertThat(answer.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
        }
    }

    @Test
    void residentFilesWithoutLoginAndLooksItUpByNumber() {
        HttpApi resident = resident();
        Response filed = resident.post("/public/petitions", petition("COMMUNITY_ENVIRONMENT", "heyuan", "heyuan-g2",
                "petitionerPhone", "13600001111"));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String number = filed.json().get("number").asText();
        assertThat(filed.body()).doesNotContain("13600001111");

        JsonNode status = resident.get("/public/petitions/" + number.toLowerCase()).json();
        assertThat(status.get("number").asText()).isEqualTo(number);
        assertThat(status.get("statusLabel").asText()).isEqualTo("已派单");
        assertThat(status.get("communityName").asText()).isEqualTo("和园社区");
        assertThat(status.toString()).doesNotContain("1360000", "liuyang", "petitioner");

        // the number as residents type it back: lower case, without the prefix or the dashes, from a Chinese keyboard
        String digits = number.substring(2);
        for (String typed : List.of(number.toLowerCase(), digits, digits.replace("-", ""), "P" + digits.replace("-", ""),
                java.text.Normalizer.normalize(number, java.text.Normalizer.Form.NFKC).replace("-", "－")
                        .replace("P", "Ｐ"), " " + number + " ")) {
            Response found = resident.get("/public/petitions/" + java.net.URLEncoder.encode(typed,
                    java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
            assertThat(found.status()).as(typed).isEqualTo(200);
            assertThat(found.json().get("number").asText()).as(typed).isEqualTo(number);
        }

        Response unknown = resident.get("/public/petitions/P-2026-999999");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asText()).contains("P-2026-999999");
    }

    @Test
    void badSubmissionNamesTheFieldForThePage() {
        Response bad = resident().post("/public/petitions", petition("COMMUNITY_ENVIRONMENT", "heyuan", null,
                "petitionerPhone", "010-12"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asText()).isEqualTo("petitionerPhone");
        assertThat(bad.json().get("errors").get(0).get("message").asText()).contains("电话号码");
    }

    @Test
    void aClientFilingTooOftenIsToldWhenToTryAgain() {
        HttpApi resident = resident();
        for (int i = 0; i < 5; i++) {
            assertThat(resident.post("/public/petitions", petition("NOISE", "heyuan", null)).status()).isEqualTo(201);
        }
        Response refused = resident.post("/public/petitions", petition("NOISE", "heyuan", null));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.retryAfter())).isBetween(1, 60);
        assertThat(refused.json().get("detail").asText()).contains("秒后再试");
        assertThat(resident().post("/public/petitions", petition("NOISE", "heyuan", null)).status())
                .as("another client is not affected").isEqualTo(201);
    }

    @Test
    void aRetriedSubmissionIsFiledOnce() {
        HttpApi resident = resident().withHeader("Idempotency-Key", "web-" + UUID.randomUUID());
        Response first = resident.post("/public/petitions", petition("NOISE", "liushu", null));
        Response retry = resident.post("/public/petitions", petition("NOISE", "liushu", null));
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("number")).isEqualTo(first.json().get("number"));
    }
}
