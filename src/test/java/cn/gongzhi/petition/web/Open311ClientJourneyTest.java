package cn.gongzhi.petition.web;

import static cn.gongzhi.petition.web.Open311Conformance.child;
import static cn.gongzhi.petition.web.Open311Conformance.children;
import static cn.gongzhi.petition.web.Open311Conformance.client;
import static cn.gongzhi.petition.web.Open311Conformance.json;
import static cn.gongzhi.petition.web.Open311Conformance.texts;
import static cn.gongzhi.petition.web.Open311Conformance.xml;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import cn.gongzhi.support.TestDataJanitor;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Element;

/**
 * Issue 18's "done when", as a 311 client meets the server: a client that speaks only XML (and another only JSON)
 * discovers the endpoint, lists the services, reads a definition, files a request with coordinates only, and follows
 * it to closed while the community's workers handle it in their forms. Each call sends {@code Accept} of its own
 * format, as 311 libraries do, and reads nothing but that format.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class Open311ClientJourneyTest {

    /** Inside 和园社区's 和园第一网格 (the demo boundaries). */
    private static final String LAT = "40.030";
    private static final String LONG = "116.332";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtime;

    TestDataJanitor janitor;

    @BeforeEach
    void emptyCaseloads() {
        // the grid's worker has room, whatever other test classes filed before
        janitor = TestDataJanitor.before(jdbc, runtime);
        jdbc.update("update community_worker set open_caseload = 0");
    }

    @AfterEach
    void restoreTheData() {
        janitor.restore();
    }

    @Test
    void aClientSpeakingOnlyXmlDiscoversFilesWithCoordinatesAndFollowsItToClosed() {
        HttpApi app = client(port).withHeader("Accept", "text/xml");

        Element discovery = xml(app.get("/open311/discovery.xml")).getDocumentElement();
        Element endpoint = child(child(discovery, "endpoints"), "endpoint");
        assertThat(children(child(endpoint, "formats")).stream().map(Element::getTextContent)).contains("text/xml");
        String base = URI.create(child(endpoint, "url").getTextContent()).getPath().replaceAll("/$", "");

        List<Map<String, String>> services = children(xml(app.get(base + "/services.xml")).getDocumentElement())
                .stream().map(Open311Conformance::texts).toList();
        Map<String, String> property = services.stream()
                .filter(s -> s.get("service_code").equals("PROPERTY_MANAGEMENT")).findFirst().orElseThrow();
        assertThat(property.get("service_name")).isNotBlank();

        Element definition = xml(app.get(base + "/services/PROPERTY_MANAGEMENT.xml")).getDocumentElement();
        Element community = children(child(definition, "attributes")).stream()
                .filter(a -> child(a, "code").getTextContent().equals("community")).findFirst().orElseThrow();
        assertThat(child(community, "required").getTextContent()).as("coordinates can decide it").isEqualTo("false");

        Response filed = app.postForm(base + "/requests.xml", coordinatesOnly());
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String id = texts(child(xml(filed).getDocumentElement(), "request")).get("service_request_id");

        Map<String, String> open = texts(child(xml(app.get(base + "/requests/" + id + ".xml")).getDocumentElement(),
                "request"));
        assertThat(open.get("status")).isEqualTo("open");
        assertThat(open.get("address")).isEqualTo("和园社区 和园第一网格");
        assertThat(open.get("description")).doesNotContain("13912345678");

        handleToClosed(id);

        Map<String, String> closed = texts(child(xml(app.get(base + "/requests/" + id + ".xml")).getDocumentElement(),
                "request"));
        assertThat(closed.get("status")).isEqualTo("closed");
        assertThat(closed.get("status_notes")).isEqualTo("已办结");
        List<String> listed = children(xml(app.get(base + "/requests.xml?service_request_id=" + id + "&status=closed"))
                .getDocumentElement()).stream().map(r -> texts(r).get("service_request_id")).toList();
        assertThat(listed).containsExactly(id);
    }

    @Test
    void aClientSpeakingOnlyJsonDoesTheSame() {
        HttpApi app = client(port).withHeader("Accept", "application/json");

        JsonNode endpoint = json(app.get("/open311/discovery.json")).get("endpoints").get(0);
        assertThat(endpoint.get("formats").toString()).contains("application/json");
        String base = URI.create(endpoint.get("url").asText()).getPath().replaceAll("/$", "");

        assertThat(json(app.get(base + "/services.json")).findValuesAsText("service_code"))
                .contains("PROPERTY_MANAGEMENT");
        assertThat(json(app.get(base + "/services/PROPERTY_MANAGEMENT.json")).get("attributes").findValuesAsText("code"))
                .contains("community");

        Response filed = app.postForm(base + "/requests.json", coordinatesOnly());
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String id = json(filed).get(0).get("service_request_id").asText();
        assertThat(json(app.get(base + "/requests/" + id + ".json")).get(0).get("status").asText()).isEqualTo("open");

        handleToClosed(id);

        JsonNode closed = json(app.get(base + "/requests/" + id + ".json")).get(0);
        assertThat(closed.get("status").asText()).isEqualTo("closed");
        assertThat(closed.get("address").asText()).isEqualTo("和园社区 和园第一网格");
    }

    /** No community attribute, no address: the point alone decides where it goes. */
    private static Map<String, String> coordinatesOnly() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", "gongzhi-demo-key");
        form.put("service_code", "PROPERTY_MANAGEMENT");
        form.put("lat", LAT);
        form.put("long", LONG);
        form.put("description", "楼道灯坏了一周，物业不修，电话 13912345678");
        return form;
    }

    /** The grid worker contacts and handles it, another worker calls back: as in Tasklist, through the forms. */
    private void handleToClosed(String number) {
        HttpApi zhangwei = HttpApi.as(port, "zhangwei", "demo");
        submit(zhangwei, number, Map.of("contactNote", value("已电话联系居民")));
        submit(zhangwei, number, Map.of("handlingOutcome", value("RESOLVED"), "measures", value("督促物业更换楼道灯")));
        submit(HttpApi.as(port, "chenjing", "demo"), number, Map.of("resolved", Map.of("value", true, "type",
                "Boolean"), "satisfaction", Map.of("value", 5, "type", "Integer")));
    }

    private static Map<String, Object> value(String text) {
        return Map.of("value", text, "type", "String");
    }

    private static void submit(HttpApi user, String number, Map<String, Object> variables) {
        JsonNode tasks = user.get("/engine-rest/task?processInstanceBusinessKey=" + number).json();
        assertThat(tasks.size()).as("the open task of %s for the user: %s", number, tasks).isEqualTo(1);
        Response done = user.post("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/submit-form",
                Map.of("variables", variables));
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }
}
