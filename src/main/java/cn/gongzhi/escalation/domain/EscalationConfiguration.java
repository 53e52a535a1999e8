package cn.gongzhi.escalation.domain;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EscalationProperties.class)
class EscalationConfiguration {}
