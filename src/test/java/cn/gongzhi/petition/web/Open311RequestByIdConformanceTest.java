package cn.gongzhi.petition.web;

import static cn.gongzhi.petition.web.Open311Conformance.BASE;
import static cn.gongzhi.petition.web.Open311Conformance.REQUEST;
import static cn.gongzhi.petition.web.Open311Conformance.TIMESTAMP;
import static cn.gongzhi.petition.web.Open311Conformance.assertJsonError;
import static cn.gongzhi.petition.web.Open311Conformance.assertXmlError;
import static cn.gongzhi.petition.web.Open311Conformance.child;
import static cn.gongzhi.petition.web.Open311Conformance.client;
import static cn.gongzhi.petition.web.Open311Conformance.fields;
import static cn.gongzhi.petition.web.Open311Conformance.filing;
import static cn.gongzhi.petition.web.Open311Conformance.json;
import static cn.gongzhi.petition.web.Open311Conformance.names;
import static cn.gongzhi.petition.web.Open311Conformance.texts;
import static cn.gongzhi.petition.web.Open311Conformance.xml;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;

/** GET requests/{id}.xml / .json: one request, in a list of one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class Open311RequestByIdConformanceTest {

    @LocalServerPort
    int port;

    @Test
    void oneRequestInXmlAndJson() {
        String id = json(client(port).postForm(BASE + "/requests.json", filing("WATER_SUPPLY", "liushu"))).get(0)
                .get("service_request_id").asText();

        Element root = xml(client(port).get(BASE + "/requests/" + id + ".xml")).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("service_requests");
        assertThat(names(root)).containsExactly("request");
        Element request = child(root, "request");
        assertThat(names(request)).isEqualTo(REQUEST);
        Map<String, String> texts = texts(request);
        assertThat(texts).containsEntry("service_request_id", id).containsEntry("status", "open")
                .containsEntry("service_code", "WATER_SUPPLY").containsEntry("agency_responsible", "柳树村")
                .containsEntry("media_url", "");
        assertThat(texts.get("requested_datetime")).matches(TIMESTAMP);

        JsonNode json = json(client(port).get(BASE + "/requests/" + id + ".json"));
        assertThat(json.size()).isEqualTo(1);
        assertThat(fields(json.get(0))).isEqualTo(REQUEST);
        assertThat(json.get(0).get("requested_datetime").asText()).isEqualTo(texts.get("requested_datetime"));
        assertThat(json.get(0).get("long").decimalValue()).isEqualByComparingTo("116.4");
    }

    @Test
    void anUnknownRequestIsNotFoundInEitherFormat() {
        assertXmlError(client(port).get(BASE + "/requests/P-2026-999999.xml"), 404, "P-2026-999999");
        assertJsonError(client(port).get(BASE + "/requests/P-2026-999999.json"), 404, "P-2026-999999");
    }
}
