package cn.gongzhi.shared;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in the zone the communities live in ({@code gongzhi.time-zone}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NodeProperties.class)
class TimeConfiguration {

    @Bean
    Clock clock(NodeProperties node) {
        return Clock.system(node.timeZone());
    }
}
