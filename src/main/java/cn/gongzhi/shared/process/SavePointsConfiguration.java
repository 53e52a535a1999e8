package cn.gongzhi.shared.process;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The models' save points read their retry cycle from the bean {@code savePoints}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SavePointsProperties.class)
class SavePointsConfiguration {

    @Bean
    SavePoints savePoints(SavePointsProperties properties) {
        return new SavePoints(properties.retryCycle());
    }
}
