package cn.gongzhi.petition.web;

import static cn.gongzhi.petition.web.Open311Conformance.BASE;
import static cn.gongzhi.petition.web.Open311Conformance.assertJsonError;
import static cn.gongzhi.petition.web.Open311Conformance.assertXmlError;
import static cn.gongzhi.petition.web.Open311Conformance.client;
import static cn.gongzhi.petition.web.Open311Conformance.filing;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.HttpApi.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every refusal on an Open311 address in GeoReport's error shape, in the format of the address: XML for {@code .xml},
 * JSON otherwise, whichever layer refuses (the controller, Spring MVC, the body and rate limit filters).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class Open311ErrorsConformanceTest {

    @LocalServerPort
    int port;

    @Test
    void badRequest400() {
        assertXmlError(client(port).get(BASE + "/requests.xml?start_date=yesterday"), 400, "start_date");
        assertJsonError(client(port).get(BASE + "/requests.json?status=pending"), 400, "status");
    }

    @Test
    void forbidden403WithoutAKey() {
        Map<String, String> form = filing("NOISE", "heyuan");
        form.remove("api_key");
        assertXmlError(client(port).postForm(BASE + "/requests.xml", form), 403, "api_key");
        form.put("api_key", "guess");
        assertJsonError(client(port).postForm(BASE + "/requests.json", form), 403, "api_key");
    }

    @Test
    void notFound404() {
        assertXmlError(client(port).get(BASE + "/nothing-here.xml"), 404, "地址不存在");
        assertJsonError(client(port).get(BASE + "/nothing-here.json"), 404, "地址不存在");
        assertXmlError(client(port).get(BASE + "/services.xml?jurisdiction_id=elsewhere"), 404, "jurisdiction_id");
        // an extension that is no format of Open311's: the address has nothing behind it, answered in JSON
        assertJsonError(client(port).get(BASE + "/services.csv"), 404, ".csv");
        assertJsonError(client(port).get(BASE + "/services"), 404, "地址不存在");
    }

    @Test
    void methodNotAllowed405() {
        Response xml = client(port).delete(BASE + "/services.xml");
        assertXmlError(xml, 405, "DELETE");
        assertThat(xml.header("Allow")).contains("GET");
        assertJsonError(client(port).delete(BASE + "/requests.json"), 405, "DELETE");
    }

    @Test
    void unsupportedMediaType415() {
        assertXmlError(client(port).postRaw(BASE + "/requests.xml", "application/json", BodyPublishers.ofString("{}")),
                415, "application/x-www-form-urlencoded");
        assertJsonError(client(port).postRaw(BASE + "/requests.json", "text/plain", BodyPublishers.ofString("x")),
                415, "application/x-www-form-urlencoded");
    }

    /** The same idempotency key with a different form: 422, nothing filed. */
    @Test
    void keyReused422() {
        HttpApi client = client(port).withHeader("Idempotency-Key", "conformance-" + System.nanoTime());
        assertThat(client.postForm(BASE + "/requests.xml", filing("NOISE", "heyuan")).status()).isEqualTo(201);
        assertXmlError(client.postForm(BASE + "/requests.xml", filing("WATER_SUPPLY", "liushu")), 422, "幂等键");
        assertJsonError(client.postForm(BASE + "/requests.json", filing("WATER_SUPPLY", "liushu")), 422, "幂等键");
    }

    @Test
    void payloadTooLarge413() {
        String large = "description=" + "a".repeat(70 * 1024);
        assertXmlError(client(port).postRaw(BASE + "/requests.xml", "application/x-www-form-urlencoded",
                BodyPublishers.ofString(large)), 413, "64 KB");
        assertJsonError(client(port).postRaw(BASE + "/requests.json", "application/x-www-form-urlencoded",
                BodyPublishers.ofString(large)), 413, "64 KB");
    }

    /** Reads share the public reads' allowance (120 a minute per client); the 429 says when to come back. */
    @Test
    void tooManyRequests429() {
        HttpApi reader = client(port);
        Response last = null;
        for (int i = 0; i < 200 && (last == null || last.status() != 429); i++) {
            last = reader.get("/open311/discovery.xml");
        }
        assertXmlError(last, 429, "过于频繁");
        assertThat(last.retryAfter()).isNotNull();
        assertThat(last.header("Access-Control-Allow-Origin")).as("readable by a page elsewhere").isEqualTo("*");
        Response json = reader.get(BASE + "/services.json");
        assertJsonError(json, 429, "过于频繁");
        assertThat(json.retryAfter()).isNotNull();
    }

    /** Public reads may be read by pages on other sites; filing may not be sent from them. */
    @Test
    void corsForThePublicReadsOnly() throws Exception {
        Response read = client(port).withHeader("Origin", "https://city.example").get(BASE + "/services.json");
        assertThat(read.header("Access-Control-Allow-Origin")).isEqualTo("*");
        Response refused = client(port).get(BASE + "/requests/P-2026-999999.xml");
        assertThat(refused.header("Access-Control-Allow-Origin")).isEqualTo("*");
        Response filed = client(port).withHeader("Origin", "https://city.example")
                .postForm(BASE + "/requests.json", filing("NOISE", "heyuan"));
        assertThat(filed.status()).isEqualTo(201);
        assertThat(filed.header("Access-Control-Allow-Origin")).isNull();

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> getPreflight = http.send(preflight(BASE + "/requests.xml", "GET"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(getPreflight.statusCode()).isBetween(200, 204);
        assertThat(getPreflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(getPreflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, HEAD, OPTIONS");
        HttpResponse<String> postPreflight = http.send(preflight(BASE + "/requests.json", "POST"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(postPreflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(postPreflight.statusCode()).isEqualTo(403);
        assertThat(postPreflight.body()).startsWith("[{\"code\":403,").contains("GET");
    }

    /** The XML module is Open311's alone: the product's own APIs answer JSON (or 406) as before. */
    @Test
    void otherApisStayJson() {
        Response any = HttpApi.anonymous(port).withHeader("Accept", "*/*").get("/public/petition-categories");
        assertThat(any.status()).isEqualTo(200);
        assertThat(any.contentType()).startsWith("application/json");
        Response xml = HttpApi.anonymous(port).withHeader("Accept", "application/xml")
                .get("/public/petition-categories");
        assertThat(xml.status()).as(xml.toString()).isEqualTo(406);
        assertThat(xml.body()).doesNotStartWith("<");
        Response problem = HttpApi.anonymous(port).withHeader("Accept", "application/xml")
                .get("/public/petitions/P-2026-999999");
        assertThat(problem.contentType()).doesNotContain("xml");
        assertThat(problem.body()).doesNotStartWith("<");
    }

    private HttpRequest preflight(String path, String method) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://city.example")
                .header("Access-Control-Request-Method", method).header("X-Forwarded-For", "192.0.2.250").build();
    }
}
