package cn.gongzhi.petition.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import cn.gongzhi.support.TestDataJanitor;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Open311 API keys as clients (docs/open311.md, "Keys and quotas"): an aggregator files under its own quota, not its
 * address's; only accepted filings count; administrators manage the clients and see a key only when it is made.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class Open311ClientsTest {

    private static final String FILE = "/open311/v2/requests.json";
    private static final String CLIENTS = "/api/open311-clients";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtimeService;

    /** Leaves no open petition behind: a worker's caseload decides whom other tests' petitions go to. */
    private TestDataJanitor janitor;

    @BeforeEach
    void noteTheData() {
        janitor = TestDataJanitor.before(jdbc, runtimeService);
    }

    @AfterEach
    void restoreTheData() {
        janitor.restore();
    }

    private HttpApi admin() {
        return HttpApi.as(port, "demo", "demo");
    }

    /** A server of its own: one address for all its filings. */
    private HttpApi server() {
        return HttpApi.anonymous(port)
                .withHeader("X-Forwarded-For", "203.0.113." + (ADDRESSES.incrementAndGet() + 100));
    }

    private JsonNode newClient(String name, Integer quota) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("quota", quota);
        Response created = admin().post(CLIENTS, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    @Test
    void anAggregatorFilesAHundredInAMinuteFromOneAddressWhileThePublicLimitStays() {
        JsonNode client = newClient("市民热线平台", null);
        assertThat(client.get("quota").asInt()).as("the default quota").isEqualTo(600);
        String key = client.get("apiKey").asText();
        HttpApi server = server();
        long before = petitions();

        for (int i = 0; i < 100; i++) {
            Response filed = server.postForm(FILE, filing(key, "路灯不亮，第 " + (i + 1) + " 位居民反映"));
            assertThat(filed.status()).as("filing %d: %s", i + 1, filed).isEqualTo(201);
        }
        assertThat(petitions() - before).isEqualTo(100);

        // the same address without a key: the public page's 5 a minute, untouched by the aggregator's filings
        for (int i = 0; i < 4; i++) {
            assertThat(server.post("/public/petitions", "{\"category\": ").status()).as("page %d", i + 1)
                    .isEqualTo(400);
        }
        Map<String, String> anonymous = filing(key, "无密钥");
        anonymous.remove("api_key");
        assertThat(server.postForm(FILE, anonymous).status()).as("fifth, through Open311 without a key").isEqualTo(403);
        Response page = server.post("/public/petitions", "{\"category\": ");
        assertThat(page.status()).as("sixth, the page").isEqualTo(429);
        Response open311 = server.postForm(FILE, anonymous);
        assertThat(open311.status()).as("seventh, Open311 without a key").isEqualTo(429);
        assertThat(open311.json().get(0).get("code").asInt()).isEqualTo(429);

        // the aggregator is not held up by its address's public allowance
        assertThat(server.postForm(FILE, filing(key, "路灯不亮，第 101 位居民反映")).status()).isEqualTo(201);
        JsonNode listed = find(admin().get(CLIENTS).json(), client.get("id").asLong());
        assertThat(listed.get("lastUsedAt").isNull()).as("last used is noted").isFalse();
    }

    @Test
    void aClientPastItsQuotaIsAnswered429WithRetryAfterInOpen311sFormat() {
        String key = newClient("区级 311 平台", 3).get("apiKey").asText();
        HttpApi server = server();
        for (int i = 0; i < 3; i++) {
            assertThat(server.postForm(FILE, filing(key, "噪声扰民 " + i)).status()).isEqualTo(201);
        }
        long before = petitions();
        Response refused = server.postForm(FILE, filing(key, "噪声扰民，第四件"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.retryAfter())).isBetween(1L, 60L);
        assertThat(refused.contentType()).startsWith("application/json");
        JsonNode error = refused.json();
        assertThat(error.isArray()).isTrue();
        assertThat(error.get(0).get("code").asInt()).isEqualTo(429);
        assertThat(error.get(0).get("description").asText()).contains("提交诉求过于频繁", "额度");
        assertThat(petitions()).as("nothing filed").isEqualTo(before);
        // another client from the same address is not affected
        assertThat(server.postForm(FILE, filing(newClient("另一平台", 3).get("apiKey").asText(), "噪声扰民"))
                .status()).isEqualTo(201);
    }

    @Test
    void refusedFilingsDoNotConsumeTheQuota() {
        String key = newClient("城市 App", 2).get("apiKey").asText();
        HttpApi server = server();
        Map<String, String> noDescription = filing(key, "x");
        noDescription.remove("description");
        Map<String, String> unknownService = filing(key, "路灯不亮");
        unknownService.put("service_code", "UNICORNS");
        Map<String, String> wrongJurisdiction = filing(key, "路灯不亮");
        wrongJurisdiction.put("jurisdiction_id", "elsewhere");
        for (int i = 0; i < 3; i++) {
            assertThat(server.postForm(FILE, noDescription).status()).isEqualTo(400);
            assertThat(server.postForm(FILE, unknownService).status()).isEqualTo(404);
            assertThat(server.postForm(FILE, wrongJurisdiction).status()).isEqualTo(404);
        }
        assertThat(server.postForm(FILE, filing(key, "路灯不亮 1")).status()).isEqualTo(201);
        assertThat(server.postForm(FILE, filing(key, "路灯不亮 2")).status()).isEqualTo(201);
        assertThat(server.postForm(FILE, filing(key, "路灯不亮 3")).status()).as("the quota of 2 is used up")
                .isEqualTo(429);
    }

    @Test
    void administratorsListWithoutTheKeyWhichIsShownOnceAtCreation(CapturedOutput output) {
        Response created = admin().post(CLIENTS, Map.of("name", "市民热线平台", "quota", 1200));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Cache-Control")).contains("no-store");
        JsonNode client = created.json();
        String key = client.get("apiKey").asText();
        assertThat(key).startsWith("gz311_").hasSizeGreaterThan(40);
        assertThat(client.get("notice").asText()).contains("只显示这一次");
        assertThat(client.get("fingerprint").asText()).matches("[0-9a-f]{8}");
        assertThat(client.get("enabled").asBoolean()).isTrue();
        long id = client.get("id").asLong();

        Response list = admin().get(CLIENTS);
        assertThat(list.status()).isEqualTo(200);
        JsonNode listed = find(list.json(), id);
        assertThat(listed.get("name").asText()).isEqualTo("市民热线平台");
        assertThat(listed.get("quota").asInt()).isEqualTo(1200);
        assertThat(listed.get("fingerprint").asText()).isEqualTo(client.get("fingerprint").asText());
        assertThat(listed.has("apiKey")).isFalse();
        assertThat(list.body()).doesNotContain(key).doesNotContain(cn.gongzhi.shared.Sha256.hex(key));
        assertThat(admin().get(CLIENTS + "/" + id).body()).doesNotContain(key);
        assertThat(jdbc.queryForObject("select count(*) from open311_client where secret_hash = ? or name = ?",
                Integer.class, key, key)).as("the key is not stored").isZero();

        // the keys of the configuration are clients too
        assertThat(list.body()).contains("配置文件密钥 " + cn.gongzhi.shared.Sha256.hex("gongzhi-demo-key")
                .substring(0, 8));

        assertThat(server().postForm(FILE, filing(key, "路灯不亮")).status()).isEqualTo(201);
        assertThat(output.getAll()).as("the key is never logged").doesNotContain(key);
    }

    @Test
    void administratorsRenameChangeTheQuotaDisableAndRotate(CapturedOutput output) {
        JsonNode client = newClient("城市 App", null);
        long id = client.get("id").asLong();
        String key = client.get("apiKey").asText();

        JsonNode changed = admin().patch(CLIENTS + "/" + id, Map.of("name", "城市 App（新版）", "quota", 2)).json();
        assertThat(changed.get("name").asText()).isEqualTo("城市 App（新版）");
        assertThat(changed.get("quota").asInt()).isEqualTo(2);
        assertThat(admin().patch(CLIENTS + "/" + id, Map.of("quota", 0)).status()).isEqualTo(400);
        assertThat(admin().patch(CLIENTS + "/" + id, Map.of("name", " ")).status()).isEqualTo(400);
        assertThat(find(admin().get(CLIENTS).json(), id).get("quota").asInt()).as("a refused change writes nothing")
                .isEqualTo(2);

        assertThat(admin().patch(CLIENTS + "/" + id, Map.of("enabled", false)).json().get("enabled").asBoolean())
                .isFalse();
        Response disabled = server().postForm(FILE, filing(key, "路灯不亮"));
        assertThat(disabled.status()).isEqualTo(403);
        assertThat(disabled.json().get(0).get("description").asText()).contains("api_key");
        admin().patch(CLIENTS + "/" + id, Map.of("enabled", true));
        assertThat(server().postForm(FILE, filing(key, "路灯不亮")).status()).isEqualTo(201);

        Response rotated = admin().post(CLIENTS + "/" + id + "/key", Map.of());
        assertThat(rotated.status()).isEqualTo(200);
        assertThat(rotated.header("Cache-Control")).contains("no-store");
        String newKey = rotated.json().get("apiKey").asText();
        assertThat(newKey).isNotEqualTo(key);
        assertThat(rotated.json().get("fingerprint").asText()).isNotEqualTo(client.get("fingerprint").asText());
        assertThat(server().postForm(FILE, filing(key, "路灯不亮")).status()).as("the old key").isEqualTo(403);
        assertThat(server().postForm(FILE, filing(newKey, "路灯不亮")).status()).as("the new key").isEqualTo(201);
        assertThat(output.getAll()).doesNotContain(key).doesNotContain(newKey);

        assertThat(admin().patch(CLIENTS + "/999999", Map.of("quota", 5)).status()).isEqualTo(404);
    }

    @Test
    void othersAreRefusedAndNothingIsWritten() {
        JsonNode client = newClient("城市 App", 10);
        long id = client.get("id").asLong();
        String before = jdbc.queryForList("select * from open311_client order by id").toString();

        HttpApi worker = HttpApi.as(port, "zhangwei", "demo");
        Response list = worker.get(CLIENTS);
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.json().get("detail").asText()).contains("camunda-admin");
        assertThat(worker.post(CLIENTS, Map.of("name", "冒名平台")).status()).isEqualTo(403);
        assertThat(worker.patch(CLIENTS + "/" + id, Map.of("quota", 100000, "enabled", true)).status()).isEqualTo(403);
        Response rotate = worker.post(CLIENTS + "/" + id + "/key", Map.of());
        assertThat(rotate.status()).isEqualTo(403);
        assertThat(rotate.body()).doesNotContain("apiKey");
        assertThat(HttpApi.anonymous(port).post(CLIENTS, Map.of("name", "冒名平台")).status()).isEqualTo(401);
        assertThat(HttpApi.anonymous(port).get(CLIENTS).status()).isEqualTo(401);
        assertThat(admin().post(CLIENTS, Map.of("name", "额度过大", "quota", 100_001)).status()).isEqualTo(400);
        assertThat(admin().post(CLIENTS, Map.of("quota", 10)).status()).as("no name").isEqualTo(400);
        assertThat(admin().post(CLIENTS, Map.of("name", "平台\n伪造的日志行")).status()).as("a line break")
                .isEqualTo(400);

        assertThat(jdbc.queryForList("select * from open311_client order by id").toString()).isEqualTo(before);
    }

    private long petitions() {
        return jdbc.queryForObject("select count(*) from petition", Long.class);
    }

    private static JsonNode find(JsonNode clients, long id) {
        for (JsonNode client : clients) {
            if (client.get("id").asLong() == id) {
                return client;
            }
        }
        throw new AssertionError("client " + id + " not listed: " + clients);
    }

    private static Map<String, String> filing(String key, String description) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", key);
        form.put("service_code", "STREET_LIGHTING");
        form.put("attribute[community]", "liushu");
        form.put("address_string", "村东口");
        form.put("description", description);
        return form;
    }
}
