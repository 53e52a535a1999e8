package cn.gongzhi.petition.web;

import static cn.gongzhi.petition.web.PetitionApiTest.petition;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist completes forms through its own engine API (/camunda/api/engine), not /engine-rest: a refused form
 * answers 400 there too, with the message Tasklist shows, and CSRF protection stays on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TasklistFormValidationTest {

    @LocalServerPort
    int port;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();

    @Test
    void tasklistShowsARefusedFormAsABadRequestWithItsMessage() throws Exception {
        String number = HttpApi.as(port, "zhaolei", "demo").post("/api/petitions",
                petition("PROPERTY_MANAGEMENT", "heyuan", "heyuan-g1")).json().get("number").asText();
        send("GET", "/camunda/app/tasklist/default/", null, null);
        HttpResponse<String> login = send("POST", "/camunda/api/admin/auth/user/default/login/tasklist",
                "application/x-www-form-urlencoded", "username=zhangwei&password=demo");
        assertThat(login.statusCode()).isEqualTo(200);

        JsonNode tasks = new ObjectMapper().readTree(send("GET",
                "/camunda/api/engine/engine/default/task?processInstanceBusinessKey=" + number, null, null).body());
        String submit = "/camunda/api/engine/engine/default/task/" + tasks.get(0).get("id").asText() + "/submit-form";

        HttpResponse<String> withoutToken = browser.send(HttpRequest.newBuilder(URI.create(base() + submit))
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString("{\"variables\":{}}")).build(),
                BodyHandlers.ofString());
        assertThat(withoutToken.statusCode()).as("CSRF protection").isEqualTo(403);

        send("GET", "/camunda/app/tasklist/default/", null, null);
        send("POST", "/camunda/api/admin/auth/user/default/login/tasklist", "application/x-www-form-urlencoded",
                "username=zhangwei&password=demo");
        send("GET", "/camunda/api/engine/engine/default/task?processInstanceBusinessKey=" + number, null, null);
        HttpResponse<String> refused = send("POST", submit, "application/json", "{\"variables\":{}}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(new ObjectMapper().readTree(refused.body()).get("message").asText()).isEqualTo("请填写联系情况");
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        return browser.send(request.build(), BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
