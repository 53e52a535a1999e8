package cn.gongzhi.identity;

import cn.gongzhi.shared.ClientRateLimiter;
import cn.gongzhi.shared.ErrorBodies;
import cn.gongzhi.shared.WireFormat;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Failed logins slow down by client address, and no login is ever locked for good. Every request that tries a
 * password (HTTP Basic on the engine REST API and our APIs; the webapps' login form and our staff login page) and is
 * answered 401 counts against its address; an address that has failed
 * {@code gongzhi.identity.login-failures-per-address} times within {@code login-failure-window} is answered 429 with
 * Retry-After, without trying the password, until the window lets it try again. The engine's own per-login delay stays
 * (a few seconds after a wrong password, never more than a minute), and {@code login-max-attempts} is set so high that
 * it never locks a login (docs/identity.md).
 */
class LoginThrottle extends OncePerRequestFilter {

    private final ClientRateLimiter failures;

    LoginThrottle(ClientRateLimiter failures) {
        this.failures = failures;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!triesPassword(request)) {
            chain.doFilter(request, response);
            return;
        }
        String client = request.getRemoteAddr();
        long wait = failures.retryAfterSeconds(client);
        if (wait > 0) {
            ErrorBodies.retryAfter(response, wait);
            ErrorBodies.write(response, WireFormat.PROBLEM_DETAILS, 429, "登录失败次数过多",
                    "此地址登录失败次数过多，请 " + wait + " 秒后再试；账号本身没有被锁定");
            return;
        }
        chain.doFilter(request, new FailureCountingResponse(response, () -> failures.record(client)));
    }

    /**
     * Counts the failure when the 401 is set, before its body goes out: counted after the request, a client that
     * reads the answer and tries again at once could be let through before the count.
     */
    private static final class FailureCountingResponse extends HttpServletResponseWrapper {

        private final Runnable count;
        private boolean counted;

        FailureCountingResponse(HttpServletResponse response, Runnable count) {
            super(response);
            this.count = count;
        }

        private void status(int status) {
            if (status == SC_UNAUTHORIZED && !counted) {
                counted = true;
                count.run();
            }
        }

        @Override
        public void setStatus(int status) {
            status(status);
            super.setStatus(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            status(status);
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            status(status);
            super.sendError(status, message);
        }
    }

    private static boolean triesPassword(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return true;
        }
        String path = request.getRequestURI();
        return "POST".equals(request.getMethod()) && (path.equals("/login")
                || path.startsWith("/camunda/api/admin/auth/user/") && path.contains("/login/"));
    }
}
