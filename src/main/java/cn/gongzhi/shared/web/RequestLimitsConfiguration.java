package cn.gongzhi.shared.web;

import jakarta.servlet.Filter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The limits every way in keeps (docs/operations.md, "Production settings"), as servlet filters that run before
 * Spring Security, Camunda's REST API and webapps, and our controllers see the request. Nothing behind them reads a
 * request they refuse.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitsProperties.class)
class RequestLimitsConfiguration {

    /** After the login throttle (which counts failed passwords), before anything that reads a request. */
    private static final int FIRST = Ordered.HIGHEST_PRECEDENCE + 21;

    @Bean
    FilterRegistrationBean<Filter> bodyLimits(LimitsProperties limits) {
        return registration("gongzhi-body-limits", new BodyLimitFilter(limits.getBody()), FIRST);
    }

    private static FilterRegistrationBean<Filter> registration(String name, Filter filter, int order) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setName(name);
        registration.addUrlPatterns("/*");
        registration.setOrder(order);
        return registration;
    }
}
