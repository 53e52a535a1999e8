package cn.gongzhi.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Staff logged into Tasklist (or through {@code /login/}) read our staff pages and their data with that login: a
 * request without HTTP Basic credentials to {@code /supervision/**}, {@code /members/**}, {@code /workers/**} or
 * {@code /api/**} is authenticated from the webapps' session ({@link WebappSession}). Only reads: a GET or HEAD.
 * Anything that changes a record still needs HTTP Basic, so no other site can make a logged-in browser change
 * something (the session cookie travels with a forged form; a Basic login typed into an API client does not).
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

    private final WebappSession session;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    WebappSessionAuthenticationFilter(WebappSession session) {
        this.session = session;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (applies(request) && contexts.getContext().getAuthentication() == null) {
            Optional<String> user = session.user(request);
            if (user.isPresent()) {
                SecurityContext context = contexts.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                        session.groups(user.get()).stream().map(SimpleGrantedAuthority::new).toList()));
                contexts.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }

    static boolean applies(HttpServletRequest request) {
        String method = request.getMethod();
        String path = request.getRequestURI();
        return ("GET".equals(method) || "HEAD".equals(method)) && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && (path.startsWith("/supervision/") || path.startsWith("/members/")
                        || path.startsWith("/workers/") || path.startsWith("/api/"));
    }
}
