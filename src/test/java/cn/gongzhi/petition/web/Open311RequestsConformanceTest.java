package cn.gongzhi.petition.web;

import static cn.gongzhi.petition.web.Open311Conformance.BASE;
import static cn.gongzhi.petition.web.Open311Conformance.CREATED;
import static cn.gongzhi.petition.web.Open311Conformance.REQUEST;
import static cn.gongzhi.petition.web.Open311Conformance.TIMESTAMP;
import static cn.gongzhi.petition.web.Open311Conformance.assertJsonError;
import static cn.gongzhi.petition.web.Open311Conformance.assertXmlError;
import static cn.gongzhi.petition.web.Open311Conformance.child;
import static cn.gongzhi.petition.web.Open311Conformance.children;
import static cn.gongzhi.petition.web.Open311Conformance.client;
import static cn.gongzhi.petition.web.Open311Conformance.fields;
import static cn.gongzhi.petition.web.Open311Conformance.filing;
import static cn.gongzhi.petition.web.Open311Conformance.json;
import static cn.gongzhi.petition.web.Open311Conformance.names;
import static cn.gongzhi.petition.web.Open311Conformance.texts;
import static cn.gongzhi.petition.web.Open311Conformance.xml;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;

/** POST and GET requests.xml / requests.json: filing, the request list and its filters. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class Open311RequestsConformanceTest {

    @LocalServerPort
    int port;

    @Test
    void filingInXml() {
        Response created = client(port).postForm(BASE + "/requests.xml", filing("WATER_SUPPLY", "liushu"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Element root = xml(created).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("service_requests");
        assertThat(names(root)).containsExactly("request");
        Element request = child(root, "request");
        assertThat(names(request)).isEqualTo(CREATED);
        assertThat(texts(request).get("service_request_id")).matches("P-\\d{4}-\\d{6}");
        assertThat(texts(request).get("service_notice")).contains("办结时限");
        assertThat(texts(request).get("account_id")).as("null: an empty element").isEmpty();
    }

    @Test
    void filingInJson() {
        Response created = client(port).postForm(BASE + "/requests.json", filing("NOISE", "heyuan"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode answer = json(created);
        assertThat(answer.isArray()).isTrue();
        assertThat(fields(answer.get(0))).isEqualTo(CREATED);
        assertThat(answer.get(0).get("account_id").isNull()).isTrue();
    }

    @Test
    void theListInXmlHasEveryElementInOrderWithWholeSecondTimestamps() {
        Map<String, String> form = filing("WATER_SUPPLY", "liushu");
        form.put("media_url", "https://example.org/photos/burst-pipe.jpg");
        String id = json(client(port).postForm(BASE + "/requests.json", form)).get(0).get("service_request_id")
                .asText();
        Element root = xml(client(port).get(BASE + "/requests.xml?service_code=WATER_SUPPLY")).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("service_requests");
        List<Element> requests = children(root);
        assertThat(requests).isNotEmpty();
        requests.forEach(r -> {
            assertThat(r.getTagName()).isEqualTo("request");
            assertThat(names(r)).isEqualTo(REQUEST);
        });
        Map<String, String> filed = requests.stream().map(Open311Conformance::texts)
                .filter(t -> t.get("service_request_id").equals(id)).findFirst().orElseThrow();
        assertThat(filed.get("requested_datetime")).matches(TIMESTAMP).endsWith("+08:00");
        assertThat(filed.get("updated_datetime")).matches(TIMESTAMP);
        assertThat(filed.get("expected_datetime")).matches(TIMESTAMP);
        assertThat(filed).containsEntry("media_url", "https://example.org/photos/burst-pipe.jpg")
                .containsEntry("address_id", "").containsEntry("zipcode", "").containsEntry("status", "open")
                .containsEntry("lat", "39.900");
        assertThat(filed.get("description")).contains("138****0000").doesNotContain("13800000000");
    }

    @Test
    void theListInJson() {
        String id = file("NOISE", "heyuan");
        JsonNode requests = json(client(port).get(BASE + "/requests.json?service_code=NOISE"));
        assertThat(requests.isArray()).isTrue();
        JsonNode filed = find(requests, id);
        assertThat(fields(filed)).isEqualTo(REQUEST);
        assertThat(filed.get("requested_datetime").asText()).matches(TIMESTAMP);
        assertThat(filed.get("media_url").isNull()).isTrue();
    }

    /** service_code=NOISE,WATER_SUPPLY lists both (the spec's comma-separated list). */
    @Test
    void serviceCodesAreCommaSeparated() {
        String noise = file("NOISE", "heyuan");
        String water = file("WATER_SUPPLY", "liushu");
        String both = client(port).get(BASE + "/requests.json?service_code=NOISE,WATER_SUPPLY").body();
        assertThat(both).contains(noise, water);
        String one = client(port).get(BASE + "/requests.json?service_code=NOISE").body();
        assertThat(one).contains(noise).doesNotContain(water);
    }

    /** Empty optional parameters are absent ones; an unencoded "+" in a date (a space) is read as "+". */
    @Test
    void emptyParametersAndPlusAsSpace() {
        String id = file("NOISE", "heyuan");
        Response empty = client(port).get(BASE + "/requests.xml?jurisdiction_id=&start_date=&end_date=&status="
                + "&service_code=&service_request_id=");
        assertThat(empty.status()).as(empty.toString()).isEqualTo(200);
        assertThat(empty.body()).contains(id);
        String since = json(client(port).get(BASE + "/requests/" + id + ".json")).get(0).get("requested_datetime")
                .asText();
        Response space = client(port).get(BASE + "/requests.json?start_date=" + since.replace("+", "%20"));
        assertThat(space.status()).as(space.toString()).isEqualTo(200);
        assertThat(space.body()).contains(id);
        Response literalPlus = client(port).get(BASE + "/requests.json?start_date=" + since);
        assertThat(literalPlus.status()).as("a + in a query string decodes to a space").isEqualTo(200);
        assertThat(literalPlus.body()).contains(id);
    }

    /** start_date..end_date may span 90 days, not a second more (GeoReport v2). */
    @Test
    void theRangeMaySpanNinetyDays() {
        String from = "2026-08-01T00:00:00%2B08:00";
        assertThat(client(port).get(BASE + "/requests.json?start_date=" + from
                + "&end_date=2026-10-30T00:00:00%2B08:00").status()).as("90 days").isEqualTo(200);
        assertJsonError(client(port).get(BASE + "/requests.json?start_date=" + from
                + "&end_date=2026-10-30T00:00:01%2B08:00"), 400, "90");
        assertXmlError(client(port).get(BASE + "/requests.xml?start_date=2026-01-01T00:00:00Z"
                + "&end_date=2026-12-01T00:00:00Z"), 400, "90");
    }

    @Test
    void anUnknownServiceCodeIsNotFound() {
        assertXmlError(client(port).postForm(BASE + "/requests.xml", filing("UNICORNS", "heyuan")), 404,
                "service_code");
        assertJsonError(client(port).postForm(BASE + "/requests.json", filing("UNICORNS", "heyuan")), 404,
                "service_code");
    }

    @Test
    void addressIdIsRefusedWithAReason() {
        Map<String, String> form = filing("NOISE", "heyuan");
        form.put("address_id", "12345");
        assertXmlError(client(port).postForm(BASE + "/requests.xml", form), 400,
                "address_id 不受支持，请提供 lat/long 或 address_string");
        form.put("address_id", "");
        assertThat(client(port).postForm(BASE + "/requests.json", form).status()).as("empty: absent").isEqualTo(201);
    }

    @Test
    void mediaUrlIsHttpOrHttpsAndBounded() {
        Map<String, String> form = filing("NOISE", "heyuan");
        form.put("media_url", "javascript:alert(1)");
        assertJsonError(client(port).postForm(BASE + "/requests.json", form), 400, "media_url");
        form.put("media_url", "ftp://example.org/a.jpg");
        assertXmlError(client(port).postForm(BASE + "/requests.xml", form), 400, "media_url");
        String longest = "https://example.org/" + "a".repeat(1000 - "https://example.org/".length());
        form.put("media_url", longest + "b");
        assertJsonError(client(port).postForm(BASE + "/requests.json", form), 400, "1000");
        form.put("media_url", longest);
        Response created = client(port).postForm(BASE + "/requests.json", form);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get(0).get("service_request_id").asText();
        assertThat(json(client(port).get(BASE + "/requests/" + id + ".json")).get(0).get("media_url").asText())
                .isEqualTo(longest);
    }

    /** A character XML cannot hold (NUL, other controls) comes out as U+FFFD; JSON keeps it escaped. */
    @Test
    void controlCharactersDoNotBreakTheXml() {
        Map<String, String> form = filing("NOISE", "heyuan");
        form.put("description", "电梯\u0001停运\u0000结束");
        Response created = client(port).postForm(BASE + "/requests.json", form);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get(0).get("service_request_id").asText();
        Element request = child(xml(client(port).get(BASE + "/requests/" + id + ".xml")).getDocumentElement(),
                "request");
        assertThat(texts(request).get("description")).isEqualTo("电梯\uFFFD停运\uFFFD结束");
        assertThat(json(client(port).get(BASE + "/requests/" + id + ".json")).get(0).get("description").asText())
                .isEqualTo("电梯\u0001停运\u0000结束");
        assertThat(client(port).get(BASE + "/requests.xml?service_code=NOISE").status()).isEqualTo(200);
    }

    /** description is required (docs/open311.md): the resident's account is what the workflow handles. */
    @Test
    void descriptionIsRequired() {
        Map<String, String> form = filing("NOISE", "heyuan");
        form.remove("description");
        assertXmlError(client(port).postForm(BASE + "/requests.xml", form), 400, "description");
    }

    private String file(String service, String community) {
        Response created = client(port).postForm(BASE + "/requests.json", filing(service, community));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get(0).get("service_request_id").asText();
    }

    private static JsonNode find(JsonNode requests, String id) {
        for (JsonNode r : requests) {
            if (r.get("service_request_id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError(id + " not in " + requests.findValuesAsText("service_request_id").stream()
                .collect(Collectors.joining(",")));
    }
}
