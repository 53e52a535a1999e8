package cn.gongzhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The one rule that decides an error's format by the path, and the shape each format writes. */
class WireFormatTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void thePathDecidesTheFormat() {
        assertThat(WireFormat.of("/api/petitions/1")).isEqualTo(WireFormat.PROBLEM_DETAILS);
        assertThat(WireFormat.of("/")).isEqualTo(WireFormat.PROBLEM_DETAILS);
        assertThat(WireFormat.of((String) null)).isEqualTo(WireFormat.PROBLEM_DETAILS);
        assertThat(WireFormat.of("/engine-rest/task")).isEqualTo(WireFormat.ENGINE_REST);
        assertThat(WireFormat.of("/camunda/api/engine/engine/default/task")).isEqualTo(WireFormat.ENGINE_REST);
        assertThat(WireFormat.of("/open311/v2/services.json")).isEqualTo(WireFormat.GEOREPORT_JSON);
        assertThat(WireFormat.of("/open311/v2/requests")).isEqualTo(WireFormat.GEOREPORT_JSON);
        assertThat(WireFormat.of("/open311/v2/services.xml")).isEqualTo(WireFormat.GEOREPORT_XML);
        // a prefix alone is not the API
        assertThat(WireFormat.of("/engine-rest-x/task")).isEqualTo(WireFormat.PROBLEM_DETAILS);
        assertThat(WireFormat.of("/open311x/services.xml")).isEqualTo(WireFormat.PROBLEM_DETAILS);
    }

    @Test
    void eachFormatHasItsContentType() {
        assertThat(WireFormat.PROBLEM_DETAILS.contentType()).isEqualTo("application/problem+json");
        assertThat(WireFormat.ENGINE_REST.contentType()).isEqualTo("application/json");
        assertThat(WireFormat.GEOREPORT_JSON.contentType()).isEqualTo("application/json");
        assertThat(WireFormat.GEOREPORT_XML.contentType()).startsWith("text/xml");
    }

    @Test
    void eachFormatWritesItsShape() throws Exception {
        JsonNode problem = json.readTree(ErrorBodies.body(WireFormat.PROBLEM_DETAILS, 404, "记录不存在", "没有\"这条\"记录"));
        assertThat(problem.path("title").asText()).isEqualTo("记录不存在");
        assertThat(problem.path("status").asInt()).isEqualTo(404);
        assertThat(problem.path("detail").asText()).isEqualTo("没有\"这条\"记录");

        JsonNode engine = json.readTree(ErrorBodies.body(WireFormat.ENGINE_REST, 400, "请求无效", "参数无效"));
        assertThat(engine.path("type").asText()).isEqualTo("InvalidRequestException");
        assertThat(engine.path("message").asText()).isEqualTo("参数无效");
        assertThat(engine.has("title")).isFalse();

        JsonNode georeport = json.readTree(ErrorBodies.body(WireFormat.GEOREPORT_JSON, 429, "请求过于频繁", "请稍后"));
        assertThat(georeport.isArray()).isTrue();
        assertThat(georeport.get(0).path("code").asInt()).isEqualTo(429);
        assertThat(georeport.get(0).path("description").asText()).isEqualTo("请稍后");

        assertThat(ErrorBodies.body(WireFormat.GEOREPORT_XML, 413, "请求过大", "太大"))
                .contains("<errors><error><code>413</code><description>太大</description></error></errors>");
    }

    @Test
    void theWriterAnswersInTheRequestsFormatAndSetsRetryAfterOnce() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/open311/v2/requests.xml");
        MockHttpServletResponse response = new MockHttpServletResponse();

        ErrorBodies.write(request, response, 429, "请求过于频繁", "请 7 秒后再试", 7);

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getContentType()).startsWith("text/xml");
        assertThat(response.getHeaders("Retry-After")).containsExactly("7");
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("<code>429</code>").contains("请 7 秒后再试");
    }

    @Test
    void theDatabaseAnswerTakesEachFamilysShape() throws Exception {
        for (String path : new String[] {"/api/petitions", "/engine-rest/task", "/open311/v2/requests.json",
                "/open311/v2/requests.xml"}) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            DatabaseUnavailable.write(response, path);
            String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeaders("Retry-After")).containsExactly("30");
            assertThat(response.getContentType()).startsWith(WireFormat.of(path).contentType());
            switch (WireFormat.of(path)) {
                case PROBLEM_DETAILS -> assertThat(json.readTree(body).path("title").asText()).isEqualTo("服务暂不可用");
                case ENGINE_REST -> assertThat(json.readTree(body).path("type").asText())
                        .isEqualTo("DatabaseUnavailable");
                case GEOREPORT_JSON -> assertThat(json.readTree(body).get(0).path("code").asInt()).isEqualTo(503);
                case GEOREPORT_XML -> assertThat(body).contains("<code>503</code>");
            }
            assertThat(body).contains(DatabaseUnavailable.DETAIL);
        }
    }
}
