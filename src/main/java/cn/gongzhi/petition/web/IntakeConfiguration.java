package cn.gongzhi.petition.web;

import cn.gongzhi.shared.ClientRateLimiter;
import cn.gongzhi.shared.RateLimitedRequests;
import jakarta.servlet.Filter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeProperties.class)
class IntakeConfiguration {

    /** After the shared limits (rate, identifiers, body size: RequestLimitsConfiguration), before Spring Security. */
    private static final int OPEN311_FILINGS = Ordered.HIGHEST_PRECEDENCE + 30;

    /**
     * The allowance of the public petition channels: {@code gongzhi.intake.submissions-per-period} per client address,
     * counted on the page before the body is read, so a client past its allowance costs no parsing whatever it sends.
     * Open311 filings without a valid API key share it ({@link Open311FilingQuotaFilter}); those with one count
     * against their client's own quota instead.
     */
    @Bean
    RateLimitedRequests petitionSubmissionLimit(IntakeProperties properties) {
        return new RateLimitedRequests("提交诉求",
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/public/petitions"),
                new ClientRateLimiter(properties.submissionsPerPeriod(), properties.period()));
    }

    @Bean
    FilterRegistrationBean<Filter> open311FilingQuota(Open311Clients clients,
            @Qualifier("petitionSubmissionLimit") RateLimitedRequests publicLimit) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                new Open311FilingQuotaFilter(clients, publicLimit.limiter(), publicLimit.action()));
        registration.setName("gongzhi-open311-filing-quota");
        registration.addUrlPatterns("/open311/*");
        registration.setOrder(OPEN311_FILINGS);
        return registration;
    }
}
