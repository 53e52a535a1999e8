package cn.gongzhi.deliberation.web;

import cn.gongzhi.deliberation.domain.DeliberationProperties;
import cn.gongzhi.shared.ClientRateLimiter;
import cn.gongzhi.shared.RateLimitedRequests;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/** Objections to the board's notices are limited per client. */
@Configuration(proxyBeanMethods = false)
class ObjectionLimitConfiguration {

    /**
     * {@code gongzhi.deliberation.objections-per-period} objections per client, counted before the body is read: a
     * client past its allowance costs no parsing, whatever it sends.
     */
    @Bean
    RateLimitedRequests objectionLimit(DeliberationProperties properties) {
        return new RateLimitedRequests("提交异议",
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/disclosures/*/objections"),
                new ClientRateLimiter(properties.objectionsPerPeriod(), properties.objectionPeriod()));
    }
}
