package cn.gongzhi.petition.web;

import cn.gongzhi.shared.ClientRateLimiter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeProperties.class)
class IntakeConfiguration {

    /** The allowance of the public petition channels: the page and Open311 filing. */
    @Bean
    ClientRateLimiter petitionSubmissionLimiter(IntakeProperties properties) {
        return new ClientRateLimiter(properties.getSubmissionsPerPeriod(), properties.getPeriod());
    }
}
