package cn.gongzhi.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in the zone the communities live in ({@code gongzhi.time-zone}). */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock(@Value("${gongzhi.time-zone:Asia/Shanghai}") ZoneId zone) {
        return Clock.system(zone);
    }
}
