package cn.gongzhi.deliberation.domain;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliberationProperties.class)
class DeliberationConfiguration {}
