package cn.gongzhi.petition.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses oversized bodies on the intake endpoints with 413 before anything reads them. */
@Component
class IntakeBodyLimitFilter extends OncePerRequestFilter {

    private final IntakeProperties properties;

    IntakeBodyLimitFilter(IntakeProperties properties) {
        this.properties = properties;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.startsWith("/public/") || path.startsWith("/open311/") || path.startsWith("/api/petitions"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > properties.getMaxBodyBytes()) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"请求过大\",\"status\":413,"
                    + "\"detail\":\"请求体不能超过 " + properties.getMaxBodyBytes() / 1024 + " KB\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
