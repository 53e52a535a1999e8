package cn.gongzhi.workforce.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongzhi.support.Configs;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.BindException;

/** The renewal reminders' settings at their boundaries: both ahead of the end, the second closer than the first. */
class CertificateRenewalPropertiesTest {

    @Test
    void theIssues90And30DaysAreTheDefaults() {
        CertificateRenewalProperties defaults = Configs.bind(CertificateRenewalProperties.class);
        assertThat(defaults.firstReminder()).isEqualTo(Period.ofDays(90));
        assertThat(defaults.secondReminder()).isEqualTo(Period.ofDays(30));
        LocalDate end = LocalDate.of(2027, 1, 12);
        assertThat(defaults.firstReminderOn(end)).isEqualTo(LocalDate.of(2026, 10, 14));
        assertThat(defaults.secondReminderOn(end)).isEqualTo(LocalDate.of(2026, 12, 13));
        assertThat(defaults.windowEnd(LocalDate.of(2026, 10, 14))).isEqualTo(end);
    }

    @ParameterizedTest(name = "first {0}, second {1}: accepted {2}")
    @CsvSource({
        "P90D, P30D, true", "P90D, P89D, true", "P90D, P90D, false", "P90D, P91D, false",
        "P2D, P1D, true", "P1D, P0D, false", "P0D, P0D, false", "P30D, P-1D, false", "P-30D, P-60D, false",
        "P3M, P1M, true", "P1M, P30D, true", "P1M, P1M, false"})
    void aSettingThatIsNotTwoPositiveLeadsSecondShorterIsRefusedAtStart(String first, String second,
            boolean accepted) {
        String[] settings = {"first-reminder=" + first, "second-reminder=" + second};
        if (accepted) {
            assertThat(Configs.bind(CertificateRenewalProperties.class, settings).firstReminder())
                    .isEqualTo(Period.parse(first));
        } else {
            assertThatThrownBy(() -> Configs.bind(CertificateRenewalProperties.class, settings))
                    .isInstanceOf(BindException.class).rootCause().hasMessageContaining("second closer");
        }
    }
}
