package cn.gongzhi.petition.web;

import cn.gongzhi.shared.ErrorBodies;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CORS for Open311's public reads: a page on any site may read {@code GET}/{@code HEAD} answers of {@code /open311/}
 * (errors included, 429 too: the filter runs before the rate limits), and a preflight for them is answered here.
 * Filing ({@code POST}) is not opened to other sites: its preflight is refused (403 in GeoReport's shape) without CORS
 * headers, so a browser does not send it.
 */
@Configuration(proxyBeanMethods = false)
class Open311Cors {

    static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";

    @Bean
    FilterRegistrationBean<Filter> open311PublicReads() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ReadsFromAnySite());
        registration.setName("gongzhi-open311-cors");
        registration.addUrlPatterns("/open311/*");
        // before the client rate limits (HIGHEST_PRECEDENCE + 21), so that their 429 is readable too
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    static final class ReadsFromAnySite extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String method = request.getMethod();
            if ("GET".equals(method) || "HEAD".equals(method)) {
                response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
            } else if ("OPTIONS".equals(method) && request.getHeader(HttpHeaders.ORIGIN) != null) {
                String asked = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
                if ("GET".equals(asked) || "HEAD".equals(asked)) {
                    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                    response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
                    response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS);
                    String headers = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
                    if (headers != null) {
                        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, headers);
                    }
                    response.setHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "86400");
                    return;
                }
                if (asked != null) {
                    ErrorBodies.refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "不允许跨站提交",
                            "其他网站的页面只能读取 Open311（GET、HEAD），不能以 " + asked + " 提交"
                                    + " (only GET and HEAD are open to other sites)");
                    return;
                }
            }
            chain.doFilter(request, response);
        }
    }
}
