package cn.gongzhi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every page folder answers at its address, and the address without its slash keeps the query on the way there. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaticPagesTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyPageFolderIsServedAndItsShortAddressRedirectsWithItsQuery() throws Exception {
        assertThat(StaticPages.folders()).containsExactly("disclosures", "login", "members", "petition", "service",
                "supervision", "workers");
        for (String page : new String[] {"petition", "disclosures", "login", "service"}) {
            HttpResponse<String> served = get("/" + page + "/");
            assertThat(served.statusCode()).as(page).isEqualTo(200);
            assertThat(served.body()).as(page).contains("<html", "lang=\"zh");
        }
        HttpResponse<String> moved = get("/petition?number=P-2026-000001");
        assertThat(moved.statusCode()).isEqualTo(302);
        assertThat(moved.headers().firstValue("Location").orElseThrow()).endsWith("/petition/?number=P-2026-000001");
        assertThat(get("/disclosures").headers().firstValue("Location").orElseThrow()).endsWith("/disclosures/");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
