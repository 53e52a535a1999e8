package cn.gongzhi.identity;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

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
                .httpBasic(basic -> basic.realmName("Gongzhi"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // /api is stateless HTTP Basic (no cookie to forge); the webapps keep Camunda's own CSRF filter
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/engine-rest/**", "/camunda/**", "/public/**",
                        "/open311/**"))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
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
