package cn.gongzhi.members.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongzhi.members.FeedbackFigures;
import cn.gongzhi.support.Configs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;

/** The annual feedback's configured date and limits at their boundaries (gongzhi.annual-feedback.*). */
class AnnualFeedbackRulesTest {

    private final AnnualFeedbackProperties defaults = Configs.bind(AnnualFeedbackProperties.class);

    @Test
    void theYearsFeedbackIsDueFromTheConfiguredDayOnNotTheDayBefore() {
        assertThat(defaults.sendOn()).isEqualTo("12-15");
        assertThat(defaults.yearDue(LocalDate.of(2026, 12, 14))).isEmpty();
        assertThat(defaults.yearDue(LocalDate.of(2026, 12, 15))).isEqualTo(Optional.of(2026));
        assertThat(defaults.yearDue(LocalDate.of(2026, 12, 31))).isEqualTo(Optional.of(2026));
        assertThat(defaults.yearDue(LocalDate.of(2027, 1, 1))).as("the next year waits for its own day").isEmpty();
        AnnualFeedbackProperties early = Configs.bind(AnnualFeedbackProperties.class, "send-on=12-01");
        assertThat(early.yearDue(LocalDate.of(2026, 11, 30))).isEmpty();
        assertThat(early.yearDue(LocalDate.of(2026, 12, 1))).isEqualTo(Optional.of(2026));
    }

    @Test
    void theContactConfirmsWithinTheConfiguredTimeAndIsRemindedBefore() {
        LocalDateTime sent = LocalDateTime.of(2026, 12, 15, 10, 0);
        assertThat(defaults.confirmDue(sent)).isEqualTo(LocalDateTime.of(2026, 12, 29, 10, 0));
        assertThat(defaults.reminderAt(sent)).isEqualTo(LocalDateTime.of(2026, 12, 26, 10, 0));
        AnnualFeedbackProperties tight = Configs.bind(AnnualFeedbackProperties.class, "confirm-within=P2D");
        assertThat(tight.confirmDue(sent)).isEqualTo(LocalDateTime.of(2026, 12, 17, 10, 0));
        assertThat(tight.reminderAt(sent)).as("a limit closer than the reminder: at once").isEqualTo(sent);
    }

    @Test
    void aDayThatIsNoMonthDayIsRefusedWhenItBinds() {
        assertThatThrownBy(() -> Configs.bind(AnnualFeedbackProperties.class, "send-on=15-12"))
                .isInstanceOf(BindException.class);
        assertThatThrownBy(() -> Configs.bind(AnnualFeedbackProperties.class, "send-on=12/15"))
                .isInstanceOf(BindException.class);
    }

    @Test
    void figuresAreEqualAsCountsWhateverTheHoursScale() {
        FeedbackFigures a = new FeedbackFigures(new BigDecimal("2.0"), 1, 0, 0, 1, 0, 0, 0, 0);
        assertThat(a.sameAs(new FeedbackFigures(new BigDecimal("2"), 1, 0, 0, 1, 0, 0, 0, 0))).isTrue();
        assertThat(a.sameAs(new FeedbackFigures(new BigDecimal("2.5"), 1, 0, 0, 1, 0, 0, 0, 0))).isFalse();
        assertThat(a.sameAs(new FeedbackFigures(new BigDecimal("2"), 1, 0, 0, 1, 0, 1, 0, 0))).isFalse();
    }
}
