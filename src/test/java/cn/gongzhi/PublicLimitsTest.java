package cn.gongzhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongzhi.shared.web.LimitsProperties;
import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import cn.gongzhi.support.TableFingerprint;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The limits of every way in (issue 15): bodies, per-client rates, paging and identifiers, each refused before
 * anything reads the request, with a reason in the API's own format, never a 5xx, and nothing written. The body
 * limits and the identifier bound are the defaults of application.yaml, pinned at their boundaries; the rates are
 * small here (the defaults are 120 reads a minute and 5 objections a minute per address) and over an hour, so that no
 * allowance comes back during the test. Every resident has an address of her own (the tests stand in for a trusted
 * proxy, see src/test/resources/config/application.yaml).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gongzhi.limits.public-reads-per-period=10", "gongzhi.limits.public-read-period=PT1H",
        "gongzhi.deliberation.objections-per-period=3", "gongzhi.deliberation.objection-period=PT1H",
        "gongzhi.intake.submissions-per-period=3", "gongzhi.intake.period=PT1H"})
class PublicLimitsTest {

    private static final int KB = 1024;
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final String LONG_ID = "a".repeat(7000);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    @Autowired
    IdentityService identityService;

    @Autowired
    TaskService taskService;

    @Autowired
    ServerProperties server;

    @Autowired
    LimitsProperties limits;

    // ------------------------------------------------------------------------------------------------------------
    // Bodies
    // ------------------------------------------------------------------------------------------------------------

    @Test
    void aProductBodyOfExactly64KbIsReadAndOneByteMoreIsRefusedUnread() {
        // exactly the limit: read and parsed, then refused by the objection's own rule (over 2,000 characters)
        Response atLimit = refusedWithoutWrites(() -> resident("192.0.2.1").postRaw(objections(), "application/json",
                bytes(objection(64 * KB))));
        assertThat(atLimit.status()).as(atLimit.toString()).isEqualTo(400);
        assertThat(atLimit.body()).contains("2000");

        Response overLimit = refusedWithoutWrites(() -> resident("192.0.2.2").postRaw(objections(),
                "application/json", bytes(objection(64 * KB + 1))));
        assertRefused(overLimit, 413, "64 KB");
        assertThat(overLimit.json().path("title").asText()).isEqualTo("请求过大");

        // the same without a declared length
        assertThat(refusedWithoutWrites(() -> resident("192.0.2.3").postRaw(objections(), "application/json",
                chunked(objection(64 * KB)))).status()).isEqualTo(400);
        assertRefused(refusedWithoutWrites(() -> resident("192.0.2.4").postRaw(objections(), "application/json",
                chunked(objection(64 * KB + 1)))), 413, "64 KB");
    }

    @Test
    void theIssuesTwentySixMegabytesOfKeysAreRefusedBeforeAnyIsParsed() {
        String keys = IntStream.range(0, 1_500_000).mapToObj(i -> "\"k" + i + "\":1")
                .collect(Collectors.joining(",", "{", "}"));
        long started = System.nanoTime();
        Response refused = refusedWithoutWrites(() -> resident("192.0.2.5").postRaw(objections(), "application/json",
                bytes(keys.getBytes(StandardCharsets.UTF_8))));
        assertRefused(refused, 413, "64 KB");
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds to answer").isLessThan(5_000);
    }

    @Test
    void everyWayInHasABodyLimitInItsOwnFormat() {
        byte[] large = objection(64 * KB + 1);
        // Open311, form-encoded: Open311's error format
        Response open311 = refusedWithoutWrites(() -> resident("192.0.2.6").postRaw("/open311/v2/requests.json",
                "application/x-www-form-urlencoded", bytes(large)));
        assertThat(open311.status()).isEqualTo(413);
        assertThat(open311.json().get(0).get("code").asInt()).isEqualTo(413);
        assertThat(open311.json().get(0).get("description").asText()).contains("64 KB");
        // the staff API and the registry
        assertRefused(refusedWithoutWrites(() -> as("zhaolei").postRaw("/api/petitions", "application/json",
                bytes(large))), 413, "64 KB");
        assertRefused(refusedWithoutWrites(() -> as("demo").postRaw("/api/registry/streets", "application/json",
                bytes(large))), 413, "64 KB");
        // the webapps' engine API, before any login or CSRF check: Camunda's format
        Response webapp = refusedWithoutWrites(() -> HttpApi.anonymous(port).postRaw(
                "/camunda/api/engine/engine/default/task/any/submit-form", "application/json",
                bytes(variables(256 * KB + 1))));
        assertCamundaRefusal(webapp, 413, "256 KB");
    }

    @Test
    void anEngineBodyOfExactly256KbIsReadAndOneByteMoreIsRefusedUnread() {
        HttpApi worker = as("zhangwei");
        // exactly the limit: read, then the engine looks for the task
        Response atLimit = refusedWithoutWrites(() -> worker.postRaw("/engine-rest/task/no-such-task/submit-form",
                "application/json", bytes(variables(256 * KB))));
        assertThat(atLimit.status()).as(atLimit.toString()).isEqualTo(404);
        assertCamundaRefusal(refusedWithoutWrites(() -> worker.postRaw("/engine-rest/task/no-such-task/submit-form",
                "application/json", bytes(variables(256 * KB + 1)))), 413, "256 KB");

        assertThat(refusedWithoutWrites(() -> worker.postRaw("/engine-rest/task/no-such-task/complete",
                "application/json", chunked(variables(256 * KB)))).status()).isEqualTo(404);
        assertCamundaRefusal(refusedWithoutWrites(() -> worker.postRaw("/engine-rest/task/no-such-task/complete",
                "application/json", chunked(variables(256 * KB + 1)))), 413, "256 KB");
    }

    @Test
    void aDeploymentOfExactly5MbIsReadAndOneByteMoreIsRefusedUnread() {
        HttpApi designer = as("designer");
        // exactly the limit: read and parsed as BPMN, which it is not
        Response atLimit = refusedWithoutWrites(() -> deploy(designer, 5 * KB * KB, false));
        assertThat(atLimit.status()).as(atLimit.toString()).isEqualTo(400);
        assertThat(atLimit.body()).doesNotContain("5 MB");
        // the client is still sending when the answer comes: each time, it gets the answer, not a reset
        for (int i = 0; i < 3; i++) {
            assertCamundaRefusal(refusedWithoutWrites(() -> deploy(designer, 5 * KB * KB + 1, false)), 413, "5 MB");
        }
        assertCamundaRefusal(refusedWithoutWrites(() -> deploy(designer, 5 * KB * KB + 1, true)), 413, "5 MB");
        // any other engine request is held to the engine's own limit
        assertCamundaRefusal(refusedWithoutWrites(() -> designer.postRaw("/engine-rest/deployment/x/redeploy",
                "application/json", bytes(variables(256 * KB + 1)))), 413, "256 KB");
    }

    @Test
    void theRestOfARefusedDeploymentIsDroppedNotCutSoTheAnswerArrives() {
        // a refused body larger than Tomcat's swallow size closes the connection under a client still sending
        assertThat(server.getTomcat().getMaxSwallowSize().toBytes())
                .isGreaterThan(limits.body().deployment().toBytes());
    }

    // ------------------------------------------------------------------------------------------------------------
    // Per-client rates
    // ------------------------------------------------------------------------------------------------------------

    @Test
    void theEleventhPublicReadOfAnAddressIsRefusedAndOtherAddressesReadOn() {
        HttpApi resident = resident("198.51.100.11");
        String[] reads = {"/public/petition-categories", "/public/communities", "/public/petitions/P-2026-999999",
                "/api/disclosures", "/api/disclosures?view=archived", "/api/disclosures/N-2026-999999",
                "/open311/v2/services.json", "/open311/v2/requests.json", "/open311/v2/requests/P-2026-999999.json",
                "/public/petition-categories"};
        for (int i = 0; i < reads.length; i++) {
            Response read = resident.get(reads[i]);
            assertThat(read.status()).as("read %d: %s → %s", i + 1, reads[i], read).isIn(200, 404);
        }
        Map<String, Object> before = fingerprint();
        Response eleventh = resident.get("/public/petitions/P-2026-999999");
        assertRefused(eleventh, 429, "查询过于频繁");
        assertThat(Long.parseLong(eleventh.retryAfter())).isBetween(1L, 3600L);
        assertThat(fingerprint()).isEqualTo(before);
        // the location look-up is a public read as well
        assertRefused(resident.get("/public/locate?lat=40.032&long=116.336"), 429, "查询过于频繁");
        // Open311 answers in its own format; the pages themselves and another address are not held back
        Response open311 = resident.get("/open311/v2/services.json");
        assertThat(open311.status()).isEqualTo(429);
        assertThat(open311.retryAfter()).isNotNull();
        assertThat(open311.json().get(0).get("code").asInt()).isEqualTo(429);
        assertThat(open311.json().get(0).get("description").asText()).containsPattern(CHINESE);
        assertThat(resident.get("/petition/").status()).isEqualTo(200);
        assertThat(resident("198.51.100.12").get("/public/petition-categories").status()).isEqualTo(200);
    }

    @Test
    void objectionsAreCountedBeforeTheirBodyIsParsed() {
        HttpApi resident = resident("198.51.100.21");
        for (int i = 0; i < 3; i++) {
            Response broken = refusedWithoutWrites(() -> resident.post(objections(), "{\"content\": "));
            assertThat(broken.status()).as("objection %d: %s", i + 1, broken).isEqualTo(400);
        }
        // the fourth is refused unparsed: broken JSON would otherwise be a 400, a large body a 413
        assertRefused(refusedWithoutWrites(() -> resident.post(objections(), "{\"content\": ")), 429, "提交异议过于频繁");
        Response large = refusedWithoutWrites(() -> resident.postRaw(objections(), "application/json",
                bytes(objection(64 * KB + 1))));
        assertRefused(large, 429, "提交异议过于频繁");
        assertThat(large.retryAfter()).isNotNull();
        // reading the board is a separate allowance
        assertThat(resident.get("/api/disclosures").status()).isEqualTo(200);
    }

    @Test
    void petitionFilingIsCountedBeforeTheBodyIsParsedOnThePageAndOpen311Together() {
        HttpApi resident = resident("198.51.100.31");
        for (int i = 0; i < 2; i++) {
            Response broken = refusedWithoutWrites(() -> resident.post("/public/petitions", "{\"category\": "));
            assertThat(broken.status()).as("filing %d: %s", i + 1, broken).isEqualTo(400);
        }
        Response open311 = refusedWithoutWrites(() -> resident.postForm("/open311/v2/requests.json",
                Map.of("service_code", "NOISE")));
        assertThat(open311.status()).as("third filing, through Open311: %s", open311).isEqualTo(403);
        // the fourth, whichever channel, is refused: the page's unparsed, Open311's (without a valid API key) before the
        // controller reads it, after the form is read for its key (docs/open311.md, "Keys and quotas")
        assertRefused(refusedWithoutWrites(() -> resident.post("/public/petitions", "{\"category\": ")), 429,
                "提交诉求过于频繁");
        Response viaOpen311 = refusedWithoutWrites(() -> resident.postForm("/open311/v2/requests.json",
                Map.of("service_code", "NOISE")));
        assertThat(viaOpen311.status()).isEqualTo(429);
        assertThat(viaOpen311.json().get(0).get("description").asText()).contains("提交诉求过于频繁");
        assertThat(resident("198.51.100.32").post("/public/petitions", "{\"category\": ").status())
                .as("another client is not affected").isEqualTo(400);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Paging and identifiers
    // ------------------------------------------------------------------------------------------------------------

    @Test
    void pagingParametersThatAreNoPageAreRefusedWithAReason() {
        HttpApi demo = as("demo");
        assertCamundaRefusal(demo.get("/engine-rest/task?firstResult=-5&maxResults=10"), 400, "firstResult");
        assertCamundaRefusal(demo.get("/engine-rest/task?maxResults=-2147483648"), 400, "maxResults");
        assertCamundaRefusal(demo.get("/engine-rest/task?maxResults=abc"), 400, "maxResults");
        assertCamundaRefusal(demo.get("/engine-rest/task?firstResult=99999999999"), 400, "firstResult");
        assertCamundaRefusal(demo.get("/engine-rest/history/task?firstResult=-5"), 400, "firstResult");
        assertCamundaRefusal(demo.get("/engine-rest/process-instance?maxResults=-1"), 400, "maxResults");
        assertCamundaRefusal(demo.get("/engine-rest/process-instance?maxResults=2001"), 400, "2000");
        assertCamundaRefusal(demo.post("/engine-rest/task?firstResult=-1", Map.of()), 400, "firstResult");
        // the webapps' APIs, before their login is checked
        assertCamundaRefusal(HttpApi.anonymous(port).get("/camunda/api/engine/engine/default/task?maxResults=-2"),
                400, "maxResults");
        assertCamundaRefusal(HttpApi.anonymous(port).get(
                "/camunda/api/cockpit/plugin/base/default/process-definition/statistics?firstResult=-5"), 400,
                "firstResult");

        assertThat(demo.get("/engine-rest/task?firstResult=0&maxResults=2000").status()).isEqualTo(200);
        assertThat(demo.get("/engine-rest/history/task?firstResult=3&maxResults=0").status()).isEqualTo(200);
    }

    @Test
    void theEngineRefusesUnboundedListsAndTheRestApiAnswersTheLargestPageInstead() {
        assertThat(engineConfiguration.getQueryMaxResultsLimit()).isEqualTo(2000);
        identityService.setAuthenticatedUserId("demo");
        try {
            assertThatThrownBy(() -> taskService.createTaskQuery().list())
                    .isInstanceOf(BadUserRequestException.class);
            assertThatThrownBy(() -> taskService.createTaskQuery().listPage(0, 2001))
                    .isInstanceOf(BadUserRequestException.class);
        } finally {
            identityService.clearAuthentication();
        }
        // a REST query that names no page (or only where it starts) gets the first 2,000, as Cockpit asks for them
        HttpApi demo = as("demo");
        for (String query : new String[] {"/engine-rest/task", "/engine-rest/task?firstResult=1",
                "/engine-rest/process-definition?key=ResidentPetitionProcess", "/engine-rest/group",
                "/engine-rest/history/task?taskAssignee=zhangwei"}) {
            Response answer = demo.get(query);
            assertThat(answer.status()).as("%s → %s", query, answer).isEqualTo(200);
            assertThat(answer.json().isArray()).isTrue();
        }
        assertThat(demo.post("/engine-rest/task", Map.of()).status()).isEqualTo(200);
    }

    @Test
    void anIdentifierOf7000CharactersIsRefusedWithAShortReasonOnEveryWayIn() {
        HttpApi demo = as("demo");
        // in the path: no such record (404), as for any id that does not exist
        assertCamundaRefusal(demo.get("/engine-rest/process-instance/" + LONG_ID), 404, "255");
        assertCamundaRefusal(refusedWithoutWrites(() -> demo.post("/engine-rest/task/" + LONG_ID + "/complete",
                Map.of())), 404, "255");
        assertRefused(as("zhaolei").get("/api/petitions/" + LONG_ID), 404, "255");
        assertRefused(resident("198.51.100.31").get("/public/petitions/" + LONG_ID), 404, "255");
        assertRefused(resident("198.51.100.31").get("/api/disclosures/" + LONG_ID), 404, "255");
        assertRefused(refusedWithoutWrites(() -> resident("198.51.100.32").post("/api/disclosures/" + LONG_ID
                + "/objections", Map.of("content", "异议"))), 404, "255");
        // in the query: a bad request (400) naming the parameter
        assertCamundaRefusal(demo.get("/engine-rest/history/task?processInstanceId=" + LONG_ID), 400,
                "processInstanceId");
        assertCamundaRefusal(demo.get("/engine-rest/task?" + LONG_ID + "=1"), 400, "255");
        Response open311 = resident("198.51.100.33").get("/open311/v2/requests.json?service_request_id=" + LONG_ID);
        assertThat(open311.status()).isEqualTo(400);
        assertThat(open311.json().get(0).get("description").asText()).contains("service_request_id", "255");
        assertThat(open311.body().length()).as("the answer does not repeat the id").isLessThan(300);
    }

    @Test
    void identifiersUpTo255CharactersAndLongListsOfShortOnesAreLookedUp() {
        HttpApi demo = as("demo");
        // a key of the longest length Camunda stores is looked up (and not found); one character more is not
        Response longestKey = demo.get("/engine-rest/process-definition/key/" + "k".repeat(255));
        assertThat(longestKey.status()).as(longestKey.toString()).isEqualTo(404);
        assertThat(longestKey.json().path("message").asText()).contains("No matching process definition");
        assertCamundaRefusal(demo.get("/engine-rest/process-definition/key/" + "k".repeat(256)), 404, "255");
        Response longestValue = demo.get("/engine-rest/task?processInstanceBusinessKey=" + "b".repeat(255));
        assertThat(longestValue.status()).as(longestValue.toString()).isEqualTo(200);
        assertCamundaRefusal(demo.get("/engine-rest/task?processInstanceBusinessKey=" + "b".repeat(256)), 400,
                "processInstanceBusinessKey");
        // fifty ids in one parameter are fifty short values
        String ids = IntStream.range(0, 50).mapToObj(i -> UUID.randomUUID().toString())
                .collect(Collectors.joining(","));
        Response many = demo.get("/engine-rest/process-instance?processInstanceIds=" + ids);
        assertThat(many.status()).as(many.toString()).isEqualTo(200);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Helpers
    // ------------------------------------------------------------------------------------------------------------

    /** Sends the request and checks that it wrote nothing and was no server error. */
    private Response refusedWithoutWrites(Supplier<Response> request) {
        Map<String, Object> before = fingerprint();
        Response response = request.get();
        assertThat(response.status()).as("no 5xx: %s", response).isLessThan(500);
        assertThat(fingerprint()).as("nothing written: %s", response).isEqualTo(before);
        return response;
    }

    /** Problem details (or Open311's format on /open311) with a Chinese reason. */
    private static void assertRefused(Response response, int status, String reason) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).contains("json");
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
        assertThat(response.json().path("detail").asText()).contains(reason).containsPattern(CHINESE);
    }

    /** Camunda's {type, message} with a Chinese reason, as Tasklist and Cockpit show it. */
    private static void assertCamundaRefusal(Response response, int status, String reason) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        JsonNode body = response.json();
        assertThat(body.path("type").asText()).isNotBlank();
        assertThat(body.path("message").asText()).contains(reason).containsPattern(CHINESE);
    }

    private Map<String, Object> fingerprint() {
        return new TableFingerprint(jdbc).fingerprint();
    }

    private HttpApi resident(String address) {
        return HttpApi.anonymous(port).withHeader("X-Forwarded-For", address);
    }

    private HttpApi as(String user) {
        return HttpApi.as(port, user, "demo");
    }

    private static String objections() {
        return "/api/disclosures/N-2026-999999/objections";
    }

    /** An objection of exactly this many bytes. */
    private static byte[] objection(int size) {
        return padded("{\"content\":\"", "\"}", size);
    }

    /** Task variables of exactly this many bytes. */
    private static byte[] variables(int size) {
        return padded("{\"variables\":{\"contactNote\":{\"value\":\"", "\"}}}", size);
    }

    private static byte[] padded(String head, String tail, int size) {
        String text = head + "x".repeat(size - head.length() - tail.length()) + tail;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes).hasSize(size);
        return bytes;
    }

    /** A multipart deployment of exactly this many bytes, whose one file is not BPMN. */
    private static Response deploy(HttpApi designer, int size, boolean chunked) {
        String boundary = "limits-" + System.nanoTime();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nlimits\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"Garbage.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        byte[] body = padded(head, tail, size);
        return designer.postRaw("/engine-rest/deployment/create", "multipart/form-data; boundary=" + boundary,
                chunked ? chunked(body) : bytes(body));
    }

    private static BodyPublisher bytes(byte[] body) {
        return BodyPublishers.ofByteArray(body);
    }

    /** Without Content-Length, in chunks: a limit on the declared length alone does not see it. */
    private static BodyPublisher chunked(byte[] body) {
        return BodyPublishers.fromPublisher(BodyPublishers.ofByteArray(body));
    }
}
