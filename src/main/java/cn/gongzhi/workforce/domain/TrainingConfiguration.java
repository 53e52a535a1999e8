package cn.gongzhi.workforce.domain;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The training processes' settings, validated when the application starts. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrainingProperties.class)
class TrainingConfiguration {
}
