package cn.gongzhi.identity;

import cn.gongzhi.shared.ErrorBodies;
import cn.gongzhi.shared.WireFormat;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The staff login of our own pages ({@code /login/}), shared with Tasklist through the session ({@link WebappSession}).
 * The page posts the name and password here; a wrong one is 401 (and counts in {@link LoginThrottle}), a right one
 * starts the session and says where to go next: only a page of ours on this site, never another address.
 */
@RestController
class StaffLoginController {

    private final WebappSession session;

    StaffLoginController(WebappSession session) {
        this.session = session;
    }

    /** The dashboard's old address for its login page. */
    @GetMapping("/supervision/login")
    ResponseEntity<Void> dashboardLogin(@RequestParam(required = false) String next) {
        return ResponseEntity.status(HttpStatus.FOUND).location(loginPage(next)).build();
    }

    @GetMapping("/login")
    ResponseEntity<Void> page(@RequestParam(required = false) String next) {
        return ResponseEntity.status(HttpStatus.FOUND).location(loginPage(next)).build();
    }

    @PostMapping(path = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<?> logIn(@RequestParam(required = false) String username,
            @RequestParam(required = false) String password, @RequestParam(required = false) String next,
            HttpServletRequest request) {
        if (!sameSite(request)) {
            return problem(HttpStatus.FORBIDDEN, "无权访问", "只能从本系统的登录页登录");
        }
        if (!session.logIn(request, username, password)) {
            return problem(HttpStatus.UNAUTHORIZED, "登录失败", "用户名或密码不正确");
        }
        return ResponseEntity.ok(Map.of("user", username, "next", safeNext(next)));
    }

    @PostMapping("/logout")
    ResponseEntity<?> logOut(HttpServletRequest request) {
        if (!sameSite(request)) {
            return problem(HttpStatus.FORBIDDEN, "无权访问", "只能从本系统的页面退出登录");
        }
        session.logOut(request);
        return ResponseEntity.noContent().build();
    }

    /**
     * Where to go after the login: a path of this site ({@code /supervision/…}), never another site's address
     * ({@code //evil.example}, {@code https://…}, {@code /\evil}); anything else goes to the dashboard.
     */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(c -> c < 0x20 || c == '\\')) {
            return "/supervision/";
        }
        return next;
    }

    private static URI loginPage(String next) {
        return UriComponentsBuilder.fromPath("/login/").queryParam("next", safeNext(next)).encode(StandardCharsets.UTF_8)
                .build().toUri();
    }

    /**
     * A login or logout sent by a page of another site is refused (cross-site request forgery of a login): a browser
     * says where the page was in {@code Sec-Fetch-Site} (an older one only in {@code Origin}, compared with this
     * server's name and port); a client sending neither is no browser and forges nothing.
     */
    private static boolean sameSite(HttpServletRequest request) {
        // set by the browser itself, which no page can forge; behind a reverse proxy it holds where the server's own
        // name and port (compared below) may not
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return fetchSite.equals("same-origin") || fetchSite.equals("none");
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            int port = uri.getPort() == -1 ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort();
            return request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static ResponseEntity<String> problem(HttpStatus status, String title, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType(WireFormat.PROBLEM_DETAILS.contentType()))
                .body(ErrorBodies.body(WireFormat.PROBLEM_DETAILS, status.value(), title, detail));
    }
}
