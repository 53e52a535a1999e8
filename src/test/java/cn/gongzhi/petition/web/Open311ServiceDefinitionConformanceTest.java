package cn.gongzhi.petition.web;

import static cn.gongzhi.petition.web.Open311Conformance.ATTRIBUTE;
import static cn.gongzhi.petition.web.Open311Conformance.BASE;
import static cn.gongzhi.petition.web.Open311Conformance.DEFINITION;
import static cn.gongzhi.petition.web.Open311Conformance.VALUE;
import static cn.gongzhi.petition.web.Open311Conformance.assertJsonError;
import static cn.gongzhi.petition.web.Open311Conformance.assertXmlError;
import static cn.gongzhi.petition.web.Open311Conformance.child;
import static cn.gongzhi.petition.web.Open311Conformance.children;
import static cn.gongzhi.petition.web.Open311Conformance.client;
import static cn.gongzhi.petition.web.Open311Conformance.fields;
import static cn.gongzhi.petition.web.Open311Conformance.json;
import static cn.gongzhi.petition.web.Open311Conformance.names;
import static cn.gongzhi.petition.web.Open311Conformance.texts;
import static cn.gongzhi.petition.web.Open311Conformance.xml;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;

/** GET services/{code}.xml / .json: the service definition with its attributes and values. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class Open311ServiceDefinitionConformanceTest {

    @LocalServerPort
    int port;

    @Test
    void definitionInXml() {
        Element root = xml(client(port).get(BASE + "/services/NOISE.xml")).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("service_definition");
        assertThat(names(root)).isEqualTo(DEFINITION);
        assertThat(child(root, "service_code").getTextContent()).isEqualTo("NOISE");
        List<Element> attributes = children(child(root, "attributes"));
        assertThat(attributes).extracting(Element::getTagName).containsExactly("attribute", "attribute");
        for (Element attribute : attributes) {
            assertThat(names(attribute)).isEqualTo(ATTRIBUTE);
            for (Element value : children(child(attribute, "values"))) {
                assertThat(value.getTagName()).isEqualTo("value");
                assertThat(names(value)).isEqualTo(VALUE);
            }
        }
        Element community = attributes.get(0);
        assertThat(texts(community)).containsEntry("code", "community").containsEntry("variable", "true")
                .containsEntry("datatype", "singlevaluelist").containsEntry("required", "false")
                .containsEntry("order", "1");
        assertThat(children(child(community, "values")).stream().map(v -> texts(v).get("key")))
                .contains("heyuan", "liushu");
    }

    @Test
    void definitionInJson() {
        JsonNode definition = json(client(port).get(BASE + "/services/NOISE.json"));
        assertThat(fields(definition)).isEqualTo(DEFINITION);
        JsonNode attributes = definition.get("attributes");
        assertThat(attributes.isArray()).isTrue();
        attributes.forEach(a -> {
            assertThat(fields(a)).isEqualTo(ATTRIBUTE);
            a.get("values").forEach(v -> assertThat(fields(v)).isEqualTo(VALUE));
        });
        assertThat(attributes.get(0).get("required").isBoolean()).isTrue();
        assertThat(attributes.get(0).get("values").toString()).contains("heyuan");
    }

    @Test
    void anUnknownServiceIsNotFoundInEitherFormat() {
        assertXmlError(client(port).get(BASE + "/services/UNICORNS.xml"), 404, "UNICORNS");
        assertJsonError(client(port).get(BASE + "/services/UNICORNS.json"), 404, "UNICORNS");
    }
}
