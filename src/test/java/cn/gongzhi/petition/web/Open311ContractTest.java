package cn.gongzhi.petition.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Open311 GeoReport v2: each endpoint and each error, as a 311 client sees them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class Open311ContractTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private static final String BASE = "/open311/v2";

    @LocalServerPort
    int port;

    /** Each call a client of its own: filing is limited per client, before the request is read. */
    private HttpApi client() {
        return HttpApi.anonymous(port).withHeader("X-Forwarded-For",
                "198.51.100." + (CLIENTS.incrementAndGet() % 250 + 1));
    }

    @Test
    void servicesAreTheDispatchCatalogue() {
        JsonNode services = client().get(BASE + "/services.json").json();
        assertThat(services.size()).isGreaterThanOrEqualTo(10);
        JsonNode water = find(services, "WATER_SUPPLY");
        assertThat(water.get("service_name").asText()).isEqualTo("供水");
        assertThat(water.get("metadata").asBoolean()).isTrue();
        assertThat(water.get("type").asText()).isEqualTo("realtime");
        assertThat(water.get("group").asText()).isEqualTo("公用事业");
    }

    @Test
    void serviceDefinitionAsksForTheCommunity() {
        JsonNode definition = client().get(BASE + "/services/NOISE.json").json();
        assertThat(definition.get("service_code").asText()).isEqualTo("NOISE");
        JsonNode community = definition.get("attributes").get(0);
        assertThat(community.get("code").asText()).isEqualTo("community");
        assertThat(community.get("required").asBoolean()).as("optional: lat and long route by location").isFalse();
        assertThat(community.get("datatype").asText()).isEqualTo("singlevaluelist");
        assertThat(community.get("values").toString()).contains("heyuan", "liushu");

        Response unknown = client().get(BASE + "/services/UNICORNS.json");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get(0).get("code").asInt()).isEqualTo(404);
        assertThat(unknown.json().get(0).get("description").asText()).isNotBlank();
    }

    @Test
    void clientFilesARequestAndFollowsIt() {
        HttpApi client = client();
        Response created = client.postForm(BASE + "/requests.json", request("WATER_SUPPLY", "liushu"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get(0).get("service_request_id").asText();
        assertThat(id).matches("P-\\d{4}-\\d{6}");
        assertThat(created.json().get(0).get("service_notice").asText()).contains("办结时限");

        JsonNode request = client.get(BASE + "/requests/" + id + ".json").json().get(0);
        assertThat(request.get("service_request_id").asText()).isEqualTo(id);
        assertThat(request.get("status").asText()).isEqualTo("open");
        assertThat(request.get("service_code").asText()).isEqualTo("WATER_SUPPLY");
        assertThat(request.get("agency_responsible").asText()).isEqualTo("柳树村");
        assertThat(request.get("status_notes").asText()).isNotBlank();
        OffsetDateTime requested = OffsetDateTime.parse(request.get("requested_datetime").asText());
        assertThat(OffsetDateTime.parse(request.get("expected_datetime").asText()))
                .isEqualTo(requested.plusHours(24));
        assertThat(request.get("lat").decimalValue()).isEqualByComparingTo("39.9");
        assertThat(request.get("description").asText()).contains("138****0000").doesNotContain("13800000000");
        assertThat(request.has("long")).isTrue();

        JsonNode byId = client.get(BASE + "/requests.json?service_request_id=" + id + ",P-2026-999999").json();
        assertThat(byId.size()).isEqualTo(1);
        JsonNode open = client.get(BASE + "/requests.json?status=open&service_code=WATER_SUPPLY").json();
        assertThat(open.toString()).contains(id);
        JsonNode closed = client.get(BASE + "/requests.json?status=closed&service_code=WATER_SUPPLY").json();
        assertThat(closed.toString()).doesNotContain(id);
        String since = URLEncoder.encode(requested.minusMinutes(1).toString(), StandardCharsets.UTF_8);
        assertThat(client.get(BASE + "/requests.json?start_date=" + since).body()).contains(id);
    }

    @Test
    void aRetryWithTheSameDeviceAndTokenIsFiledOnce() {
        Map<String, String> form = request("NOISE", "heyuan");
        form.put("device_id", "device-" + UUID.randomUUID());
        form.put("client_token", "token-12345");
        HttpApi client = client();
        String first = client.postForm(BASE + "/requests.json", form).json().get(0).get("service_request_id").asText();
        Response retry = client.postForm(BASE + "/requests.json", form);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get(0).get("service_request_id").asText()).isEqualTo(first);
    }

    @Test
    void errorsFollowTheSpec() {
        Map<String, String> noKey = request("NOISE", "heyuan");
        noKey.remove("api_key");
        assertError(client().postForm(BASE + "/requests.json", noKey), 403, "api_key");
        Map<String, String> wrongKey = request("NOISE", "heyuan");
        wrongKey.put("api_key", "guess");
        assertError(client().postForm(BASE + "/requests.json", wrongKey), 403, "api_key");
        assertError(client().postForm(BASE + "/requests.json", request("UNICORNS", "heyuan")), 404, "service_code");
        assertError(client().postForm(BASE + "/requests.json", request("NOISE", "atlantis")), 400,
                "attribute[community]");
        Map<String, String> noPlace = request("NOISE", "heyuan");
        noPlace.remove("address_string");
        noPlace.remove("lat");
        noPlace.remove("long");
        assertError(client().postForm(BASE + "/requests.json", noPlace), 400, "address_string");
        Map<String, String> noDescription = request("NOISE", "heyuan");
        noDescription.remove("description");
        assertError(client().postForm(BASE + "/requests.json", noDescription), 400, "description");
        assertThat(client().postRaw(BASE + "/requests.json", "application/json", BodyPublishers.ofString("{}"))
                .status()).isEqualTo(415);
        assertError(client().get(BASE + "/requests/P-2026-999999.json"), 404, "P-2026-999999");
        assertError(client().get(BASE + "/requests.json?start_date=yesterday"), 400, "start_date");
        assertError(client().get(BASE + "/requests.json?start_date=2026-11-02T00:00:00%2B08:00"
                + "&end_date=2026-11-01T00:00:00%2B08:00"), 400, "start_date");
        assertError(client().get(BASE + "/requests.json?status=pending"), 400, "status");
        assertError(client().get(BASE + "/services.json?jurisdiction_id=elsewhere"), 404, "jurisdiction_id");
    }

    private static void assertError(Response response, int status, String mentions) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        JsonNode error = response.json().get(0);
        assertThat(error.get("code").asInt()).isEqualTo(status);
        assertThat(error.get("description").asText()).contains(mentions);
    }

    private static Map<String, String> request(String service, String community) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", "gongzhi-demo-key");
        form.put("service_code", service);
        form.put("attribute[community]", community);
        form.put("address_string", "村东口水塔");
        form.put("lat", "39.9");
        form.put("long", "116.4");
        form.put("description", "水管爆裂，请回电 13800000000");
        form.put("first_name", "大爷");
        form.put("last_name", "赵");
        form.put("phone", "13800000000");
        return form;
    }

    private static JsonNode find(JsonNode services, String code) {
        for (JsonNode service : services) {
            if (service.get("service_code").asText().equals(code)) {
                return service;
            }
        }
        throw new AssertionError("no service " + code);
    }
}
