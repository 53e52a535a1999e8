package cn.gongzhi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.support.HttpApi;
import cn.gongzhi.support.TableFingerprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One login for Tasklist and our staff pages (issue 17): a supervisor logged into Tasklist opens the dashboard and
 * reads its data without a second login; one who logs in on our login page is logged into Tasklist too; without a
 * login the dashboard sends the browser to the login page, and a page's own calls get 401 without the Basic challenge
 * that would pop up the browser's login box. The session only reads: a change still needs HTTP Basic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffLoginTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSupervisorLoggedIntoTasklistOpensTheDashboardAndItsDataWithoutASecondLogin() {
        Browser gaojian = new Browser();
        assertThat(gaojian.tasklistLogin("gaojian", "demo")).isEqualTo(200);

        HttpResponse<String> page = gaojian.get("/supervision/", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("服务督办");
        HttpResponse<String> scope = gaojian.fetch("/api/supervision/scope");
        assertThat(scope.statusCode()).as(scope.body()).isEqualTo(200);
        assertThat(scope.body()).contains("和园社区");

        // the page asks for its figures several at once: the session stays the same, every call is answered
        String session = gaojian.cookie("JSESSIONID");
        List<Integer> statuses = IntStream.range(0, 6).parallel().mapToObj(i -> gaojian.fetch(i % 2 == 0
                ? "/api/supervision/scope" : "/api/supervision/overdue?unit=STREET&unitId=qinghe").statusCode())
                .toList();
        assertThat(statuses).containsOnly(200);
        assertThat(gaojian.cookie("JSESSIONID")).isEqualTo(session);
    }

    @Test
    void withoutALoginTheDashboardGoesToTheChineseLoginPageAndComesBackAfterIt() {
        Browser browser = new Browser();
        HttpResponse<String> page = browser.get("/supervision/?unit=COMMUNITY", "text/html");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow())
                .endsWith("/login/?next=/supervision/?unit%3DCOMMUNITY");
        assertThat(browser.get("/login/", "text/html").body()).contains("工作人员登录", "用户名", "密码");

        // the page's own call: 401 without the challenge, so no browser login box; an API client is still challenged
        HttpResponse<String> call = browser.fetch("/api/supervision/scope");
        assertThat(call.statusCode()).isEqualTo(401);
        assertThat(call.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(HttpApi.anonymous(port).get("/api/supervision/scope").header("WWW-Authenticate"))
                .startsWith("Basic");

        HttpResponse<String> login = browser.login("gaojian", "demo", "/supervision/?unit=COMMUNITY");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        assertThat(login.body()).contains("\"next\":\"/supervision/?unit=COMMUNITY\"");
        assertThat(browser.fetch("/api/supervision/scope").statusCode()).isEqualTo(200);
        // and Tasklist knows her in the same session
        HttpResponse<String> tasklist = browser.get("/camunda/api/admin/auth/user/default", "application/json");
        assertThat(tasklist.statusCode()).isEqualTo(200);
        assertThat(tasklist.body()).contains("\"userId\":\"gaojian\"");

        assertThat(browser.post("/logout", "", null).statusCode()).isEqualTo(204);
        assertThat(browser.fetch("/api/supervision/scope").statusCode()).isEqualTo(401);
        assertThat(browser.get("/camunda/api/admin/auth/user/default", "application/json").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aWrongPasswordAnotherSitesLoginFormAndAnAddressElsewhereAreRefused() {
        Browser browser = new Browser();
        // (another login than the others here: after a wrong password the engine delays that login a little)
        HttpResponse<String> wrong = browser.login("machao", "wrong", null);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("用户名或密码不正确");
        assertThat(browser.fetch("/api/supervision/scope").statusCode()).isEqualTo(401);

        // a form on another site posting the right password into this browser: refused, nobody logged in
        HttpResponse<String> forged = browser.post("/login", form(Map.of("username", "gaojian", "password", "demo")),
                "https://evil.example");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.fetch("/api/supervision/scope").statusCode()).isEqualTo(401);

        // after the login, only an address of this site
        HttpResponse<String> away = browser.login("gaojian", "demo", "//evil.example/phish");
        assertThat(away.statusCode()).isEqualTo(200);
        assertThat(away.body()).contains("\"next\":\"/supervision/\"");
        assertThat(StaffLoginController.safeNext("https://evil.example")).isEqualTo("/supervision/");
        assertThat(StaffLoginController.safeNext("/\\evil.example")).isEqualTo("/supervision/");
        assertThat(StaffLoginController.safeNext("/supervision/?unit=GRID")).isEqualTo("/supervision/?unit=GRID");
    }

    @Test
    void theSessionOnlyReadsAChangeStillNeedsBasicAndWritesNothing() {
        Browser admin = new Browser();
        assertThat(admin.login("demo", "demo", null).statusCode()).isEqualTo(200);
        assertThat(admin.fetch("/api/registry/communities").statusCode()).isEqualTo(200);
        Map<String, Object> before = new TableFingerprint(jdbc).fingerprint();
        HttpResponse<String> change = admin.post("/api/registry/departments",
                "{\"code\":\"forged\",\"name\":\"伪造部门\"}", null);
        assertThat(change.statusCode()).isEqualTo(401);
        assertThat(new TableFingerprint(jdbc).fingerprint()).isEqualTo(before);
    }

    @Test
    void aWorkerIsRefusedTheDashboardsFiguresAndACockpitPageSaysSoInChinese() {
        Browser zhangwei = new Browser();
        assertThat(zhangwei.tasklistLogin("zhangwei", "demo")).isEqualTo(200);
        HttpResponse<String> summary = zhangwei.fetch("/api/supervision/summary?from=2026-11-01&to=2026-11-30");
        assertThat(summary.statusCode()).as(summary.body()).isEqualTo(403);

        HttpResponse<String> cockpit = zhangwei.get("/camunda/app/cockpit/default/", "text/html");
        assertThat(cockpit.statusCode()).isIn(401, 403);
        assertThat(cockpit.body()).doesNotContain("Whitelabel").contains("共治");
        HttpResponse<String> missing = zhangwei.get("/no-such-page", "text/html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("页面不存在").doesNotContain("Whitelabel");
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** A browser: keeps its cookies, marks its page's calls as fetches. */
    private final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

        /** Logs in on Tasklist's own login form, as the Tasklist page does (with its CSRF token). */
        int tasklistLogin(String user, String password) {
            get("/camunda/app/tasklist/default/", "text/html");
            String token = cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst()
                    .orElseThrow();
            return send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                    .POST(BodyPublishers.ofString(form(Map.of("username", user, "password", password)))))
                    .statusCode();
        }

        String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }

        HttpResponse<String> login(String user, String password, String next) {
            Map<String, String> fields = next == null ? Map.of("username", user, "password", password)
                    : Map.of("username", user, "password", password, "next", next);
            return post("/login", form(fields), null);
        }

        HttpResponse<String> get(String path, String accept) {
            return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept));
        }

        HttpResponse<String> fetch(String path) {
            return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
                    .header("Sec-Fetch-Mode", "cors").header("Sec-Fetch-Site", "same-origin"));
        }

        HttpResponse<String> post(String path, String body, String origin) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", path.startsWith("/api/") ? "application/json"
                            : "application/x-www-form-urlencoded")
                    .header("Sec-Fetch-Mode", "cors").POST(BodyPublishers.ofString(body));
            request.header("Origin", origin == null ? "http://localhost:" + port : origin);
            return send(request);
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
