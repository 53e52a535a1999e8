package cn.gongzhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongzhi.shared.process.SavePointsProperties;
import cn.gongzhi.supervision.SupervisionProperties;
import cn.gongzhi.support.Configs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.validation.annotation.Validated;

/**
 * Settings are validated records: every {@code @ConfigurationProperties} type of the application is a record, checked
 * with Bean Validation when it binds (a wrong value stops the start naming its key), and no class reads a setting
 * with {@code @Value} around them.
 */
class ConfigurationTest {

    @Test
    void everySettingsTypeIsAValidatedRecord() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        List<BeanDefinition> found = List.copyOf(scanner.findCandidateComponents("cn.gongzhi"));
        assertThat(found).as("settings types found").hasSizeGreaterThanOrEqualTo(10);
        for (BeanDefinition definition : found) {
            Class<?> type = ClassUtils.forName(definition.getBeanClassName(), getClass().getClassLoader());
            assertThat(type.isRecord()).as(type.getName() + " is a record").isTrue();
            assertThat(type.isAnnotationPresent(Validated.class)).as(type.getName() + " is @Validated").isTrue();
        }
    }

    @Test
    void aWrongSettingIsRefusedWhenItBinds() {
        assertThat(Configs.bind(SavePointsProperties.class).retryCycle()).isEqualTo("R3/PT5M");
        assertThat(Configs.bind(SavePointsProperties.class, "retry-cycle=R5/PT1M").retryCycle()).isEqualTo("R5/PT1M");
        assertThatThrownBy(() -> Configs.bind(SavePointsProperties.class, "retry-cycle=three times"))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("R<attempts>/<pause>");
        assertThatThrownBy(() -> Configs.bind(SupervisionProperties.class, "minimum-sample=0"))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("minimumSample");
    }

    @Test
    void noClassReadsASettingWithValue() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            List<Path> reading = sources.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    String code = Files.readString(p);
                    return code.contains("@Value(") || code.contains("annotation.Value;");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertThat(reading).as("classes using @Value").isEmpty();
        }
    }
}
