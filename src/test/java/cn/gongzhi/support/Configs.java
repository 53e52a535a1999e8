package cn.gongzhi.support;

import cn.gongzhi.shared.Ratio;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Binds a {@code @ConfigurationProperties} record as the application does: its defaults, Spring Boot's conversions
 * (durations, sizes, {@link Ratio}) and its Bean Validation constraints, from the given {@code key=value} pairs
 * (relative to the record's prefix). A test gets the defaults with {@code Configs.bind(X.class)}, and one setting
 * changed with {@code Configs.bind(X.class, "minimum-sample=1")}; a value the application would refuse to start
 * with throws {@link org.springframework.boot.context.properties.bind.BindException}.
 */
public final class Configs {

    private static final LocalValidatorFactoryBean VALIDATOR = validator();

    private Configs() {}

    public static <T> T bind(Class<T> type, String... settings) {
        String prefix = type.getAnnotation(ConfigurationProperties.class).value();
        Map<String, String> values = new LinkedHashMap<>();
        for (String setting : settings) {
            int equals = setting.indexOf('=');
            values.put(prefix + "." + setting.substring(0, equals), setting.substring(equals + 1));
        }
        ApplicationConversionService conversions = new ApplicationConversionService();
        conversions.addConverter(String.class, Ratio.class, Ratio::parse);
        Binder binder = new Binder(List.of(new MapConfigurationPropertySource(values)), null, conversions);
        BindHandler validating = new ValidationBindHandler(VALIDATOR);
        return binder.bindOrCreate(prefix, Bindable.of(type), validating);
    }

    private static LocalValidatorFactoryBean validator() {
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
        return validator;
    }
}
