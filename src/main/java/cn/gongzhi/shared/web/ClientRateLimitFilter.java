package cn.gongzhi.shared.web;

import cn.gongzhi.shared.ErrorBodies;
import cn.gongzhi.shared.RateLimitedRequests;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the per-client limits the modules declare ({@link RateLimitedRequests}) before anything reads or parses the
 * request: the first limit whose requests match takes one use from the client's allowance, and a client that has used
 * it up is answered 429 with Retry-After in the format of the API the path belongs to. The client is its address as
 * Tomcat sees it ({@code server.tomcat.remoteip.internal-proxies} names the proxies whose X-Forwarded-For counts).
 */
class ClientRateLimitFilter extends OncePerRequestFilter {

    private final List<RateLimitedRequests> limits;

    ClientRateLimitFilter(List<RateLimitedRequests> limits) {
        this.limits = List.copyOf(limits);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (RateLimitedRequests limit : limits) {
            if (limit.requests().matches(request)) {
                long wait = limit.limiter().tryAcquire(request.getRemoteAddr());
                if (wait > 0) {
                    ErrorBodies.refuse(request, response, HttpStatus.TOO_MANY_REQUESTS.value(), "请求过于频繁",
                            limit.action() + "过于频繁，请 " + wait + " 秒后再试", wait);
                    return;
                }
                break;
            }
        }
        chain.doFilter(request, response);
    }
}
