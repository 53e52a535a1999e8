package cn.gongzhi.identity;

import cn.gongzhi.shared.ClientRateLimiter;
import cn.gongzhi.shared.ErrorBodies;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what.
 * <ul>
 *   <li>{@code /engine-rest/*}: Camunda's REST API, HTTP Basic through Camunda's own authentication filter, so the
 *       engine applies each user's authorizations (a worker sees only her community's tasks).</li>
 *   <li>{@code /camunda/**}: Tasklist, Cockpit and Admin log users in themselves and keep their own CSRF
 *       protection.</li>
 *   <li>{@code /api/**}: our APIs, HTTP Basic with the same logins; reading the registry needs a login, changing it
 *       the {@code camunda-admin} group.</li>
 *   <li>Public, each by its own rule above the catch-all: {@code /public/**} and the page {@code /petition/}
 *       (petition intake and status lookup) and {@code /open311/**} (Open311, filing with an API key). They hold no
 *       session and read no cookie, so CSRF does not apply.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class WebSecurityConfiguration {

    private static final String REALM = "Gongzhi";

    /** Our own pages and APIs, as opposed to Camunda's webapps and engine REST API. */
    private static final RequestMatcher PRODUCT = new OrRequestMatcher(Stream.of("/petition/**", "/disclosures/**",
            "/supervision/**", "/public/**", "/api/**", "/open311/**").map(path -> (RequestMatcher)
            PathPatternRequestMatcher.withDefaults().matcher(path)).toList());
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'self';"
            + " form-action 'self'; base-uri 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        // PUBLIC: residents file petitions and look them up by number (PublicPetitionController,
                        // rate-limited) and read the page that does it
                        .requestMatchers("/public/**", "/petition/**").permitAll()
                        // PUBLIC: Open311 GeoReport v2; filing needs its api_key (Open311Controller)
                        .requestMatchers("/open311/**").permitAll()
                        // PUBLIC: the disclosure board and objections to open notices (DisclosureController)
                        .requestMatchers(HttpMethod.GET, "/api/disclosures", "/api/disclosures/**", "/disclosures/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/disclosures/*/objections").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/registry/**").authenticated()
                        .requestMatchers("/api/registry/**").hasAuthority(GroupIds.ADMIN)
                        .requestMatchers("/api/**").authenticated()
                        // the supervisors' dashboard asks for a login when it opens (its figures need one anyway)
                        .requestMatchers("/supervision/**").authenticated()
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasAuthority(GroupIds.ADMIN)
                        // the webapps and the engine REST API authenticate themselves (see above)
                        .anyRequest().permitAll())
                // 401 and 403 say why, as problem details, like every other answer of /api
                .httpBasic(basic -> basic.authenticationEntryPoint(WebSecurityConfiguration::unauthorized))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(WebSecurityConfiguration::unauthorized)
                        .accessDeniedHandler(WebSecurityConfiguration::forbidden))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // /api is stateless HTTP Basic (no cookie to forge); the webapps keep Camunda's own CSRF filter
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/engine-rest/**", "/camunda/**", "/public/**",
                        "/open311/**"))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
                        // the product's own pages and APIs (the webapps set their own policy): only our own scripts,
                        // styles and calls, no page of ours framed elsewhere, and addresses with petition numbers in
                        // them never sent to another site
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(PRODUCT,
                                new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(PRODUCT,
                                new StaticHeadersWriter("Referrer-Policy", "same-origin"))));
        return http.build();
    }

    /** No or wrong credentials: 401 with the Basic challenge (a browser still asks for a login) and the reason. */
    static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        problem(response, HttpStatus.UNAUTHORIZED, "未登录",
                "请先登录：用户名或密码缺失或不正确（HTTP Basic，与 Tasklist 相同的账号）");
    }

    /** Logged in, but not allowed: 403 saying what is missing. */
    static void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        problem(response, HttpStatus.FORBIDDEN, "无权访问", request.getRequestURI().startsWith("/api/registry/")
                ? "修改社区登记须由系统管理员（camunda-admin 组）操作" : "当前用户无权执行此操作");
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(ErrorBodies.problem(status.value(), title, detail));
    }

    /** Before any password is checked anywhere: an address that keeps failing waits (LoginThrottle). */
    @Bean
    FilterRegistrationBean<Filter> loginThrottle(IdentityProperties properties) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new LoginThrottle(
                new ClientRateLimiter(properties.getLoginFailuresPerAddress(),
                        properties.getLoginFailureWindow())));
        registration.setName("gongzhi-login-throttle");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<Filter> engineRestAuthentication() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
