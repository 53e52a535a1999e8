package cn.gongzhi.members.domain;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CommunityServiceProperties.class, AnnualFeedbackProperties.class,
        MemberHelpProperties.class})
class CommunityServiceConfiguration {
}
