package cn.gongzhi.petition.web;

import static cn.gongzhi.petition.web.Open311Conformance.BASE;
import static cn.gongzhi.petition.web.Open311Conformance.SERVICE;
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

/** GET services.xml / services.json: GeoReport v2's service list, element by element. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class Open311ServicesConformanceTest {

    @LocalServerPort
    int port;

    @Test
    void servicesInXml() {
        Element root = xml(client(port).get(BASE + "/services.xml")).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("services");
        List<Element> services = children(root);
        assertThat(services).hasSizeGreaterThanOrEqualTo(10);
        for (Element service : services) {
            assertThat(service.getTagName()).isEqualTo("service");
            assertThat(names(service)).isEqualTo(SERVICE);
        }
        Map<String, String> water = services.stream().map(Open311Conformance::texts)
                .filter(t -> t.get("service_code").equals("WATER_SUPPLY")).findFirst().orElseThrow();
        assertThat(water).containsEntry("service_name", "供水").containsEntry("metadata", "true")
                .containsEntry("type", "realtime").containsEntry("group", "公用事业");
        assertThat(texts(services.get(0)).get("description")).isNotNull();
    }

    @Test
    void servicesInJsonWithTheSameFieldsInTheSameOrder() {
        JsonNode services = json(client(port).get(BASE + "/services.json"));
        assertThat(services.isArray()).isTrue();
        assertThat(services.size()).isGreaterThanOrEqualTo(10);
        services.forEach(service -> assertThat(fields(service)).isEqualTo(SERVICE));
        assertThat(services.get(0).get("metadata").isBoolean()).isTrue();
    }

    /** The Java client library sends Accept: text/xml to every address: the extension decides, never a 406. */
    @Test
    void theExtensionDecidesWhateverTheAcceptHeaderSays() {
        Response json = client(port).withHeader("Accept", "text/xml").get(BASE + "/services.json");
        assertThat(json.status()).as(json.toString()).isEqualTo(200);
        assertThat(json(json).isArray()).isTrue();
        Response xml = client(port).withHeader("Accept", "application/json").get(BASE + "/services.xml");
        assertThat(xml.status()).isEqualTo(200);
        assertThat(xml(xml).getDocumentElement().getTagName()).isEqualTo("services");
        Response other = client(port).withHeader("Accept", "text/csv").get(BASE + "/services.xml");
        assertThat(other.status()).as("no 406 on Open311").isEqualTo(200);
    }

    /** An empty optional parameter is no parameter. */
    @Test
    void anEmptyJurisdictionIsNone() {
        assertThat(client(port).get(BASE + "/services.xml?jurisdiction_id=").status()).isEqualTo(200);
        assertThat(client(port).get(BASE + "/services.json?jurisdiction_id=gongzhi").status()).isEqualTo(200);
    }
}
