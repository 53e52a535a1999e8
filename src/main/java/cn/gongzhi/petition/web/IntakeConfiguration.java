package cn.gongzhi.petition.web;

import cn.gongzhi.shared.ClientRateLimiter;
import cn.gongzhi.shared.RateLimitedRequests;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeProperties.class)
class IntakeConfiguration {

    /**
     * The allowance of the public petition channels, the page and Open311 filing together:
     * {@code gongzhi.intake.submissions-per-period} per client, counted before the body is read, so a client past its
     * allowance costs no parsing whatever it sends.
     */
    @Bean
    RateLimitedRequests petitionSubmissionLimit(IntakeProperties properties) {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return new RateLimitedRequests("提交诉求", new OrRequestMatcher(
                paths.matcher(HttpMethod.POST, "/public/petitions"),
                paths.matcher(HttpMethod.POST, "/open311/v2/requests.{format}")),
                new ClientRateLimiter(properties.getSubmissionsPerPeriod(), properties.getPeriod()));
    }
}
