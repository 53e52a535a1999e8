package cn.gongzhi.identity;

import cn.gongzhi.shared.ClientRateLimiter;
import cn.gongzhi.shared.ErrorBodies;
import cn.gongzhi.shared.WireFormat;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Who may call what.
 * <ul>
 *   <li>{@code /engine-rest/*}: Camunda's REST API, HTTP Basic through Camunda's own authentication filter, so the
 *       engine applies each user's authorizations (a worker sees only her community's tasks).</li>
 *   <li>{@code /camunda/**}: Tasklist, Cockpit and Admin log users in themselves and keep their own CSRF
 *       protection.</li>
 *   <li>{@code /api/**}: our APIs, HTTP Basic with the same logins; reading the registry needs a staff login (not
 *       only a reporting one, {@link RegistryReaders}), changing it
 *       the {@code camunda-admin} group, as does managing the Open311 API clients. Reads (GET) also accept the
 *       webapps' session, for our staff pages.</li>
 *   <li>{@code /supervision/**}: the supervisors' dashboard, {@code /members/**}: a Party member's own record, and
 *       {@code /workers/**}: a community worker's own record and those she supervises, with the login of Tasklist (the same session); without one the browser goes to the staff login page
 *       {@code /login/} and comes back.</li>
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
            "/service/**", "/supervision/**", "/members/**", "/workers/**", "/public/**", "/api/**", "/open311/**", "/login", "/login/**", "/logout").map(path -> (RequestMatcher)
            PathPatternRequestMatcher.withDefaults().matcher(path)).toList());
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'self';"
            + " form-action 'self'; base-uri 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, WebappSession webappSession) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        // PUBLIC: the staff login page and its calls (StaffLoginController)
                        .requestMatchers("/login", "/login/**", "/logout", "/supervision/login").permitAll()
                        // PUBLIC: residents file petitions and look them up by number (PublicPetitionController,
                        // rate-limited) and read the page that does it
                        .requestMatchers("/public/**", "/petition/**").permitAll()
                        // PUBLIC: Open311 GeoReport v2; filing needs its api_key (Open311Controller)
                        .requestMatchers("/open311/**").permitAll()
                        // PUBLIC: the disclosure board and objections to open notices (DisclosureController)
                        .requestMatchers(HttpMethod.GET, "/api/disclosures", "/api/disclosures/**", "/disclosures/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/disclosures/*/objections").permitAll()
                        // staff read the registry; the logins of reporting only (in-service members, work units'
                        // contacts) do not: their forms are filled on the server (RegistryReaders)
                        .requestMatchers(HttpMethod.GET, "/api/registry/**").access(RegistryReaders::decide)
                        .requestMatchers("/api/registry/**").hasAuthority(GroupIds.ADMIN)
                        // Open311 API clients and their keys (Open311ClientController)
                        .requestMatchers("/api/open311-clients", "/api/open311-clients/**")
                        .hasAuthority(GroupIds.ADMIN)
                        .requestMatchers("/api/**").authenticated()
                        // the supervisors' dashboard: the login of Tasklist, or the login page when there is none
                        .requestMatchers("/supervision/**").authenticated()
                        // a Party member's own record (MemberRecordController): the login of Tasklist likewise
                        .requestMatchers("/members/**").authenticated()
                        // a community worker's own record and those she supervises (WorkerRecordController): likewise
                        .requestMatchers("/workers/**").authenticated()
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasAuthority(GroupIds.ADMIN)
                        // the webapps and the engine REST API authenticate themselves (see above)
                        .anyRequest().permitAll())
                // 401 and 403 say why, as problem details, like every other answer of /api
                .httpBasic(basic -> basic.authenticationEntryPoint(WebSecurityConfiguration::unauthorized))
                // staff logged into Tasklist read the dashboard and its data with that login (reads only)
                .addFilterBefore(new WebappSessionAuthenticationFilter(webappSession),
                        BasicAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(WebSecurityConfiguration::notLoggedIn)
                        .accessDeniedHandler(WebSecurityConfiguration::forbidden))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        // the webapps' session is read, never re-issued: a new id on every read would lose the
                        // page's other requests under way (the login itself issues a fresh one, WebappSession)
                        .sessionFixation(fixation -> fixation.none()))
                // /api is stateless HTTP Basic (no cookie to forge); the webapps keep Camunda's own CSRF filter
                // /login and /logout check the page's origin themselves (StaffLoginController)
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/engine-rest/**", "/camunda/**", "/public/**",
                        "/open311/**", "/login", "/logout"))
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

    /**
     * Not logged in: a page of ours opened in the browser goes to the login page and comes back after it; everything
     * else is {@link #unauthorized 401}.
     */
    static void notLoggedIn(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String uri = request.getRequestURI();
        if ((uri.startsWith("/supervision/") || uri.startsWith("/members/") || uri.startsWith("/workers/"))
                && "GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            String next = request.getRequestURI() + (query == null ? "" : "?" + query);
            response.sendRedirect(UriComponentsBuilder.fromPath("/login/").queryParam("next", next)
                    .encode(StandardCharsets.UTF_8).build().toUriString());
            return;
        }
        unauthorized(request, response, e);
    }

    /**
     * No or wrong credentials: 401 and the reason. An API client is challenged for HTTP Basic; a page's own call
     * ({@code fetch} from our pages, which the browser marks with {@code Sec-Fetch-Mode}) is not, so the browser shows
     * no login box of its own and the page can send its user to the login page.
     */
    static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String fetchMode = request.getHeader("Sec-Fetch-Mode");
        if (fetchMode == null || fetchMode.equals("navigate")) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        }
        problem(response, HttpStatus.UNAUTHORIZED, "未登录",
                "请先登录：用户名或密码缺失或不正确（与 Tasklist 相同的账号；接口调用使用 HTTP Basic）");
    }

    /** Logged in, but not allowed: 403 saying what is missing. */
    static void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        String path = request.getRequestURI();
        problem(response, HttpStatus.FORBIDDEN, "无权访问", path.startsWith("/api/registry/")
                ? (HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod())
                        ? RegistryReaders.REFUSAL : "修改社区登记须由系统管理员（camunda-admin 组）操作")
                : path.startsWith("/api/open311-clients")
                        ? "管理 Open311 客户端及其 API 密钥须由系统管理员（camunda-admin 组）操作"
                : "当前用户无权执行此操作");
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        ErrorBodies.write(response, WireFormat.PROBLEM_DETAILS, status.value(), title, detail);
    }

    /** Before any password is checked anywhere: an address that keeps failing waits (LoginThrottle). */
    @Bean
    FilterRegistrationBean<Filter> loginThrottle(IdentityProperties properties) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new LoginThrottle(
                new ClientRateLimiter(properties.loginFailuresPerAddress(),
                        properties.loginFailureWindow())));
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
