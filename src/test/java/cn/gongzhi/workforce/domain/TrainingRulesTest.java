package cn.gongzhi.workforce.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongzhi.support.Configs;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.BindException;

/**
 * The training processes' rules at their boundaries: the pace a worker keeps (her share of the year's hours at a
 * reminder point, rounded down; exactly the share is not behind), the planning day, the reminder points and the most
 * hours a course may credit, each as configured and refused when wrong.
 */
class TrainingRulesTest {

    @ParameterizedTest(name = "{0} h a year, by {1}: {2} h due; {3} h credited behind: {4}")
    @CsvSource({
            // 48 × 181 / 365 = 23.8 → 23: 23 keeps pace, 22 is behind
            "48, 2026-06-30, 23, 23, false",
            "48, 2026-06-30, 23, 22, true",
            // 48 × 273 / 365 = 35.9 → 35
            "48, 2026-09-30, 35, 35, false",
            "48, 2026-09-30, 35, 34, true",
            // a leap year counts its 29 February: 48 × 182 / 366 = 23.9 → 23
            "48, 2028-06-30, 23, 23, false",
            // the last day: the whole
            "48, 2026-12-31, 48, 47, true",
            "0, 2026-06-30, 0, 0, false"})
    void aWorkerIsBehindWhenHerHoursFallShortOfHerShareByThePoint(int required, LocalDate point, int due,
            int credited, boolean behind) {
        assertThat(TrainingPace.dueBy(required, point)).isEqualTo(due);
        assertThat(TrainingPace.isBehind(credited, required, point)).isEqualTo(behind);
    }

    @Test
    void theRoundIsDueFromTheConfiguredDayOn() {
        TrainingProperties defaults = Configs.bind(TrainingProperties.class);
        assertThat(defaults.yearDue(LocalDate.of(2026, 1, 9))).isEmpty();
        assertThat(defaults.yearDue(LocalDate.of(2026, 1, 10))).isEqualTo(Optional.of(2026));
        assertThat(defaults.yearDue(LocalDate.of(2026, 12, 31))).isEqualTo(Optional.of(2026));
        TrainingProperties march = Configs.bind(TrainingProperties.class, "plan-on=03-01");
        assertThat(march.yearDue(LocalDate.of(2026, 2, 28))).isEmpty();
        assertThat(march.yearDue(LocalDate.of(2026, 3, 1))).isEqualTo(Optional.of(2026));
        assertThatThrownBy(() -> Configs.bind(TrainingProperties.class, "plan-on=13-01"))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("planOn");
    }

    @Test
    void theReminderPointsAreConfiguredInOrderAndNoneTwice() {
        assertThat(Configs.bind(TrainingProperties.class).reminderDays(2026))
                .containsExactly(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 30));
        assertThat(Configs.bind(TrainingProperties.class, "reminder-points=03-31,06-30,09-30,11-30")
                .reminderDays(2026)).hasSize(4).startsWith(LocalDate.of(2026, 3, 31));
        assertThatThrownBy(() -> Configs.bind(TrainingProperties.class, "reminder-points=09-30,06-30"))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("in order");
        assertThatThrownBy(() -> Configs.bind(TrainingProperties.class, "reminder-points=06-30,06-30"))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("none twice");
        assertThatThrownBy(() -> Configs.bind(TrainingProperties.class, "reminder-points=06-31x"))
                .isInstanceOf(BindException.class);
    }

    @Test
    void aCoursesHoursMayBeConfiguredFromOneToAThousand() {
        assertThat(Configs.bind(TrainingProperties.class).maxCourseHours()).isEqualTo(120);
        assertThat(Configs.bind(TrainingProperties.class, "max-course-hours=1").maxCourseHours()).isEqualTo(1);
        assertThat(Configs.bind(TrainingProperties.class, "max-course-hours=1000").maxCourseHours()).isEqualTo(1000);
        assertThatThrownBy(() -> Configs.bind(TrainingProperties.class, "max-course-hours=0"))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("maxCourseHours");
        assertThatThrownBy(() -> Configs.bind(TrainingProperties.class, "max-course-hours=1001"))
                .isInstanceOf(BindException.class);
        assertThat(List.of(Configs.bind(TrainingProperties.class).launcher())).containsExactly(true);
    }
}
