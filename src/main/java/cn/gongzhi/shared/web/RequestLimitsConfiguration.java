package cn.gongzhi.shared.web;

import cn.gongzhi.shared.ClientRateLimiter;
import cn.gongzhi.shared.RateLimitedRequests;
import jakarta.servlet.Filter;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The limits every way in keeps (docs/operations.md, "Production settings"), as servlet filters that run before
 * Spring Security, Camunda's REST API and webapps, and our controllers see the request: first the per-client rate
 * limits, then identifiers and paging, then the body size. Nothing behind them reads a request they refuse.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitsProperties.class)
class RequestLimitsConfiguration {

    /** After the login throttle (which counts failed passwords), before anything that reads a request. */
    private static final int FIRST = Ordered.HIGHEST_PRECEDENCE + 21;

    /** Anonymous reads of the public surface: petition lookup, categories and communities, the board, Open311. */
    @Bean
    RateLimitedRequests publicReads(LimitsProperties limits) {
        RequestMatcher reads = new OrRequestMatcher(Stream.of(HttpMethod.GET, HttpMethod.HEAD)
                .flatMap(method -> Stream.of("/public/**", "/api/disclosures/**", "/open311/**")
                        .map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(method, path)))
                .toList());
        return new RateLimitedRequests("查询", reads,
                new ClientRateLimiter(limits.publicReadsPerPeriod(), limits.publicReadPeriod()));
    }

    @Bean
    FilterRegistrationBean<Filter> clientRateLimits(List<RateLimitedRequests> limits) {
        return registration("gongzhi-client-rate-limits", new ClientRateLimitFilter(limits), FIRST);
    }

    @Bean
    FilterRegistrationBean<Filter> parameterLimits(LimitsProperties limits,
            ObjectProvider<ProcessEngineConfigurationImpl> engine) {
        return registration("gongzhi-parameter-limits", new ParameterLimitFilter(limits.maxParameterLength(), () -> {
            ProcessEngineConfigurationImpl configuration = engine.getIfAvailable();
            return configuration == null ? Integer.MAX_VALUE : configuration.getQueryMaxResultsLimit();
        }), FIRST + 1);
    }

    @Bean
    FilterRegistrationBean<Filter> bodyLimits(LimitsProperties limits) {
        return registration("gongzhi-body-limits", new BodyLimitFilter(limits.body()), FIRST + 2);
    }

    private static FilterRegistrationBean<Filter> registration(String name, Filter filter, int order) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setName(name);
        registration.addUrlPatterns("/*");
        registration.setOrder(order);
        return registration;
    }
}
