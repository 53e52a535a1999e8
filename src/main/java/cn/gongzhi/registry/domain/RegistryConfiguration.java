package cn.gongzhi.registry.domain;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.boot.autoconfigure.cache.CacheManagerCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The registry's rules and its caches. The registry is the application's only cache user: Spring's cache abstraction
 * over Caffeine, every entry kept for {@code gongzhi.registry.cache-seconds} after it was read.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
@EnableConfigurationProperties({RegistryProperties.class, WorkerProperties.class})
class RegistryConfiguration {

    @Bean
    CacheManagerCustomizer<CaffeineCacheManager> registryCacheTime(RegistryProperties properties) {
        return manager -> manager.setCaffeine(Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofSeconds(properties.cacheSeconds()))
                .maximumSize(10_000));
    }
}
