package cn.gongzhi.petition.web;

import static cn.gongzhi.petition.web.Open311Conformance.DISCOVERY;
import static cn.gongzhi.petition.web.Open311Conformance.ENDPOINT;
import static cn.gongzhi.petition.web.Open311Conformance.TIMESTAMP;
import static cn.gongzhi.petition.web.Open311Conformance.assertJsonError;
import static cn.gongzhi.petition.web.Open311Conformance.child;
import static cn.gongzhi.petition.web.Open311Conformance.children;
import static cn.gongzhi.petition.web.Open311Conformance.client;
import static cn.gongzhi.petition.web.Open311Conformance.fields;
import static cn.gongzhi.petition.web.Open311Conformance.json;
import static cn.gongzhi.petition.web.Open311Conformance.names;
import static cn.gongzhi.petition.web.Open311Conformance.texts;
import static cn.gongzhi.petition.web.Open311Conformance.xml;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;

/** GET /open311/discovery.xml / .json: where a validator starts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class Open311DiscoveryConformanceTest {

    @LocalServerPort
    int port;

    @Test
    void discoveryInXml() {
        Element root = xml(client(port).get("/open311/discovery.xml")).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("discovery");
        assertThat(names(root)).isEqualTo(DISCOVERY);
        assertThat(child(root, "changeset").getTextContent()).matches(TIMESTAMP);
        assertThat(child(root, "contact").getTextContent()).contains("街道办事处");
        assertThat(child(root, "key_service").getTextContent()).contains("API 密钥");
        List<Element> endpoints = children(child(root, "endpoints"));
        assertThat(endpoints).extracting(Element::getTagName).containsExactly("endpoint");
        Element endpoint = endpoints.get(0);
        assertThat(names(endpoint)).isEqualTo(ENDPOINT);
        Map<String, String> texts = texts(endpoint);
        assertThat(texts).containsEntry("specification", "http://wiki.open311.org/GeoReport_v2")
                .containsEntry("url", "http://localhost:" + port + "/open311/v2/")
                .containsEntry("type", "production");
        assertThat(texts.get("changeset")).matches(TIMESTAMP);
        assertThat(children(child(endpoint, "formats"))).extracting(Element::getTagName, Element::getTextContent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("format", "text/xml"),
                        org.assertj.core.groups.Tuple.tuple("format", "application/json"));
    }

    @Test
    void discoveryInJson() {
        Response response = client(port).get("/open311/discovery.json");
        JsonNode discovery = json(response);
        assertThat(fields(discovery)).isEqualTo(DISCOVERY);
        JsonNode endpoint = discovery.get("endpoints").get(0);
        assertThat(discovery.get("endpoints").size()).isEqualTo(1);
        assertThat(fields(endpoint)).isEqualTo(ENDPOINT);
        assertThat(endpoint.get("url").asText()).isEqualTo("http://localhost:" + port + "/open311/v2/");
        assertThat(endpoint.get("formats").toString()).isEqualTo("[\"text/xml\",\"application/json\"]");
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
    }

    /** The endpoint it names answers: a client can go on from discovery alone. */
    @Test
    void theEndpointItNamesAnswers() {
        String url = json(client(port).get("/open311/discovery.json")).get("endpoints").get(0).get("url").asText();
        String path = url.substring(("http://localhost:" + port).length());
        assertThat(client(port).get(path + "services.xml").status()).isEqualTo(200);
        assertJsonError(client(port).get("/open311/discovery.yaml"), 404, ".yaml");
    }
}
