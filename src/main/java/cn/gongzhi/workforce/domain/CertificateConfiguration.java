package cn.gongzhi.workforce.domain;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CertificateRenewalProperties.class)
class CertificateConfiguration {
}
