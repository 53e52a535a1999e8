package cn.gongzhi.petition.web;

import static cn.gongzhi.petition.web.PetitionApiTest.petition;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import cn.gongzhi.support.TableFingerprint;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An {@code Idempotency-Key} belongs to whoever sent it: another login, or another Open311 client, reusing it files
 * its own petition and never sees the first caller's receipt; the same caller gets the first receipt back only for
 * the same body, and a different body under the same key is refused (422) and writes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gongzhi.intake.open311-api-keys=gongzhi-demo-key,gongzhi-second-key")
class IdempotencyScopeTest {

    private static final String OPEN311 = "/open311/v2/requests.json";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anotherLoginReusingAKeyFilesItsOwnPetition() {
        String key = "call-" + UUID.randomUUID();
        Response first = staff("qianhong", key).post("/api/petitions", petition("NOISE", "heyuan", null));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        String number = first.json().get("number").asText();

        Response other = staff("zhaolei", key).post("/api/petitions", petition("NOISE", "heyuan", null,
                "description", "广场舞音响太吵"));
        assertThat(other.status()).as(other.toString()).isEqualTo(201);
        assertThat(other.json().get("replayed").asBoolean()).isFalse();
        assertThat(other.body()).doesNotContain(number);

        // even the very same body: a key is the login's own
        Response sameBody = staff("demo", key).post("/api/petitions", petition("NOISE", "heyuan", null));
        assertThat(sameBody.status()).as(sameBody.toString()).isEqualTo(201);
        assertThat(sameBody.body()).doesNotContain(number);

        assertThat(storedKey(number)).isEqualTo("api:qianhong:" + key);
        assertThat(storedKey(other.json().get("number").asText())).isEqualTo("api:zhaolei:" + key);
    }

    @Test
    void theSameLoginGetsItsReceiptBackForTheSameBodyAndIsRefusedForAnother() {
        HttpApi zhaolei = staff("zhaolei", "call-" + UUID.randomUUID());
        Map<String, Object> body = petition("PROPERTY_MANAGEMENT", "heyuan", "heyuan-g1",
                "petitionerPhone", "13912345678");
        Response first = zhaolei.post("/api/petitions", body);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        Response retry = zhaolei.post("/api/petitions", new LinkedHashMap<>(body));
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("number")).isEqualTo(first.json().get("number"));
        assertThat(retry.json().get("replayed").asBoolean()).isTrue();

        TableFingerprint tables = new TableFingerprint(jdbc);
        Map<String, Object> before = tables.fingerprint();
        assertRefused(zhaolei.post("/api/petitions", PetitionApiTest.with(new LinkedHashMap<>(body), "description",
                "电梯停运，老人上下楼困难！")));
        // a personal field counts as much as any other
        assertRefused(zhaolei.post("/api/petitions", PetitionApiTest.with(new LinkedHashMap<>(body),
                "petitionerPhone", "13912345679")));
        assertRefused(zhaolei.post("/api/petitions", PetitionApiTest.with(new LinkedHashMap<>(body), "latitude",
                31.2)));
        assertThat(tables.fingerprint()).isEqualTo(before);
    }

    @Test
    void thePublicPageRefusesAKeyReusedForAnotherBody() {
        String key = "web-" + UUID.randomUUID();
        Map<String, Object> body = petition("NOISE", "liushu", null);
        Response first = resident(key).post("/public/petitions", body);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        Response retry = resident(key).post("/public/petitions", body);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("number")).isEqualTo(first.json().get("number"));

        TableFingerprint tables = new TableFingerprint(jdbc);
        Map<String, Object> before = tables.fingerprint();
        Response other = resident(key).post("/public/petitions", petition("NOISE", "liushu", null,
                "petitionerPhone", "13700001111"));
        assertRefused(other);
        assertThat(other.body()).doesNotContain(first.json().get("number").asText());
        assertThat(tables.fingerprint()).isEqualTo(before);
    }

    @Test
    void open311KeysAreTheClientsOwnAndNeverStoreTheApiKey() {
        String key = "device-" + UUID.randomUUID();
        Response first = open311(key, form("gongzhi-demo-key", "路灯不亮"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        String number = first.json().get(0).get("service_request_id").asText();

        Response replay = open311(key, form("gongzhi-demo-key", "路灯不亮"));
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().get(0).get("service_request_id").asText()).isEqualTo(number);

        Response otherClient = open311(key, form("gongzhi-second-key", "路灯不亮"));
        assertThat(otherClient.status()).as(otherClient.toString()).isEqualTo(201);
        String second = otherClient.json().get(0).get("service_request_id").asText();
        assertThat(second).isNotEqualTo(number);

        TableFingerprint tables = new TableFingerprint(jdbc);
        Map<String, Object> before = tables.fingerprint();
        Response differentBody = open311(key, form("gongzhi-demo-key", "路灯不亮，已经一周了"));
        assertThat(differentBody.status()).as(differentBody.toString()).isEqualTo(422);
        assertThat(differentBody.json().get(0).get("code").asInt()).isEqualTo(422);
        assertThat(differentBody.json().get(0).get("description").asText()).contains("幂等键");
        assertThat(differentBody.body()).doesNotContain(number);
        assertThat(tables.fingerprint()).isEqualTo(before);

        assertThat(storedKey(number)).matches("open311:[0-9a-f]{16}:" + key).doesNotContain("gongzhi-demo-key");
        assertThat(storedKey(second)).matches("open311:[0-9a-f]{16}:" + key).isNotEqualTo(storedKey(number));
        assertThat(jdbc.queryForObject("select idempotency_fingerprint from petition where number = ?", String.class,
                number)).matches("[0-9a-f]{64}");
    }

    private static void assertRefused(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("title").asText()).isEqualTo("幂等键已用于其他内容");
        assertThat(response.json().get("detail").asText()).contains("幂等键", "未作任何记录");
    }

    private String storedKey(String number) {
        return jdbc.queryForObject("select idempotency_key from petition where number = ?", String.class, number);
    }

    private HttpApi staff(String login, String key) {
        return HttpApi.as(port, login, "demo").withHeader("Idempotency-Key", key);
    }

    /** A resident at an address of her own (the public channels are limited per client). */
    private HttpApi resident(String key) {
        return HttpApi.anonymous(port).withHeader("X-Forwarded-For", "203.0.113." + ((int) (Math.random() * 250) + 1))
                .withHeader("Idempotency-Key", key);
    }

    private Response open311(String key, Map<String, String> form) {
        return resident(key).postForm(OPEN311, form);
    }

    private static Map<String, String> form(String apiKey, String description) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", apiKey);
        form.put("service_code", "STREET_LIGHTING");
        form.put("attribute[community]", "heyuan");
        form.put("address_string", "和园小区南门");
        form.put("description", description);
        return form;
    }
}
