package cn.gongzhi.petition.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What the Open311 conformance tests share: the element names and their order as GeoReport v2's examples show them,
 * a real XML parser (namespace-unaware, as 311 clients read), and a client address of its own for each call.
 */
final class Open311Conformance {

    static final String BASE = "/open311/v2";

    static final List<String> SERVICE = List.of("service_code", "service_name", "description", "metadata", "type",
            "keywords", "group");
    static final List<String> DEFINITION = List.of("service_code", "attributes");
    static final List<String> ATTRIBUTE = List.of("variable", "code", "datatype", "required", "datatype_description",
            "order", "description", "values");
    static final List<String> VALUE = List.of("key", "name");
    static final List<String> CREATED = List.of("service_request_id", "service_notice", "account_id");
    static final List<String> REQUEST = List.of("service_request_id", "status", "status_notes", "service_name",
            "service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
            "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url");
    static final List<String> ERROR = List.of("code", "description");
    static final List<String> DISCOVERY = List.of("changeset", "contact", "key_service", "endpoints");
    static final List<String> ENDPOINT = List.of("specification", "url", "changeset", "type", "formats");

    /** Whole seconds with the offset, nothing else. */
    static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}";

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private Open311Conformance() {}

    /** A client of its own address (filing and reading are limited per address), sending what a 311 library does. */
    static HttpApi client(int port) {
        int n = CLIENTS.incrementAndGet();
        return HttpApi.anonymous(port).withHeader("X-Forwarded-For", "203.0." + (n / 250 % 250 + 1) + "." + (n % 250 + 1));
    }

    static Document xml(Response response) {
        assertThat(response.contentType()).as(response.toString()).startsWith("text/xml");
        assertThat(response.contentType().toLowerCase()).contains("charset=utf-8");
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("Not XML: " + response, e);
        }
    }

    static JsonNode json(Response response) {
        assertThat(response.contentType()).as(response.toString()).startsWith("application/json");
        return response.json();
    }

    /** The child elements of an element, in order. */
    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }

    static List<String> names(Element parent) {
        return children(parent).stream().map(Element::getTagName).toList();
    }

    /** The texts of an element's children by name (empty elements: ""). */
    static Map<String, String> texts(Element parent) {
        Map<String, String> texts = new LinkedHashMap<>();
        children(parent).forEach(e -> texts.put(e.getTagName(), e.getTextContent()));
        return texts;
    }

    static Element child(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">"));
    }

    static List<String> fields(JsonNode object) {
        List<String> fields = new ArrayList<>();
        for (Iterator<String> i = object.fieldNames(); i.hasNext();) {
            fields.add(i.next());
        }
        return fields;
    }

    /** An error in GeoReport's shape, in XML: {@code <errors><error><code/><description/></error></errors>}. */
    static void assertXmlError(Response response, int status, String mentions) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        Element root = xml(response).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("errors");
        assertThat(names(root)).containsExactly("error");
        Element error = child(root, "error");
        assertThat(names(error)).isEqualTo(ERROR);
        assertThat(child(error, "code").getTextContent()).isEqualTo(String.valueOf(status));
        assertThat(child(error, "description").getTextContent()).contains(mentions);
    }

    /** The same in JSON: {@code [{"code": 404, "description": "…"}]}. */
    static void assertJsonError(Response response, int status, String mentions) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        JsonNode errors = json(response);
        assertThat(errors.isArray()).isTrue();
        assertThat(errors.size()).isEqualTo(1);
        assertThat(fields(errors.get(0))).isEqualTo(ERROR);
        assertThat(errors.get(0).get("code").asInt()).isEqualTo(status);
        assertThat(errors.get(0).get("description").asText()).contains(mentions);
    }

    static Map<String, String> filing(String service, String community) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", "gongzhi-demo-key");
        form.put("service_code", service);
        form.put("attribute[community]", community);
        form.put("address_string", "村东口水塔");
        form.put("lat", "39.9");
        form.put("long", "116.4");
        form.put("description", "水管爆裂，请联系 13800000000");
        return form;
    }
}
