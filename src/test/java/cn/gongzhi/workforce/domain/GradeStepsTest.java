package cn.gongzhi.workforce.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongzhi.registry.AppraisalResult;
import cn.gongzhi.registry.GradeChangeReason;
import cn.gongzhi.registry.WorkerPost;
import cn.gongzhi.registry.WorkerRules;
import cn.gongzhi.registry.domain.WorkerProperties;
import cn.gongzhi.support.Configs;
import cn.gongzhi.workforce.domain.GradeSteps.Step;
import java.lang.reflect.Constructor;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The grade change each final result allows, at the boundaries of its settings and of the post's range. */
class GradeStepsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 20);

    private static WorkerRules rules() throws Exception {
        Constructor<WorkerRules> c = WorkerRules.class.getDeclaredConstructor(WorkerProperties.class);
        c.setAccessible(true);
        return c.newInstance(Configs.bind(WorkerProperties.class));
    }

    private static AppraisalProperties props(int excellentSteps, boolean competentStep) {
        return new AppraisalProperties("12-01", 5, 14, excellentSteps, competentStep, 20, 2000, Duration.ofHours(1), false);
    }

    private static GradeSteps steps(int excellentSteps, boolean competentStep) throws Exception {
        return new GradeSteps(props(excellentSteps, competentStep), rules());
    }

    @Test
    void excellentBringsTheConfiguredStepsCappedAtThePostsTop() throws Exception {
        assertThat(steps(1, true).after(AppraisalResult.EXCELLENT, WorkerPost.STAFF, 8, DAY, DAY))
                .contains(new Step(9, GradeChangeReason.APPRAISAL));
        assertThat(steps(2, true).after(AppraisalResult.EXCELLENT, WorkerPost.STAFF, 11, DAY, DAY))
                .contains(new Step(12, GradeChangeReason.APPRAISAL));
        assertThat(steps(1, true).after(AppraisalResult.EXCELLENT, WorkerPost.STAFF, 12, DAY, DAY)).isEmpty();
        assertThat(steps(0, true).after(AppraisalResult.EXCELLENT, WorkerPost.HEAD, 12, DAY, DAY)).isEmpty();
    }

    @Test
    void competentBringsTheServiceStepOnlyWhenItsYearsAreFull() throws Exception {
        LocalDate twoYears = DAY.minusYears(2);
        assertThat(steps(1, true).after(AppraisalResult.COMPETENT, WorkerPost.STAFF, 5, twoYears, DAY))
                .contains(new Step(6, GradeChangeReason.SERVICE_YEARS));
        assertThat(steps(1, true).after(AppraisalResult.COMPETENT, WorkerPost.STAFF, 5, twoYears.plusDays(1), DAY))
                .isEmpty();
        assertThat(steps(1, false).after(AppraisalResult.COMPETENT, WorkerPost.STAFF, 5, twoYears, DAY)).isEmpty();
    }

    @Test
    void basicallyCompetentAndIncompetentBringNone() throws Exception {
        assertThat(steps(3, true).after(AppraisalResult.BASICALLY_COMPETENT, WorkerPost.STAFF, 5, null, DAY))
                .isEqualTo(Optional.empty());
        assertThat(steps(3, true).after(AppraisalResult.INCOMPETENT, WorkerPost.STAFF, 5, null, DAY)).isEmpty();
    }

    @Test
    void theSettingsAtTheirBoundaries() {
        AppraisalProperties defaults = Configs.bind(AppraisalProperties.class);
        assertThat(defaults.startOn()).isEqualTo("12-01");
        assertThat(defaults.publicityDays()).isEqualTo(5);
        assertThat(defaults.yearDue(LocalDate.of(2026, 11, 30))).isEmpty();
        assertThat(defaults.yearDue(LocalDate.of(2026, 12, 1))).contains(2026);
        LocalDateTime published = LocalDateTime.of(2026, 12, 10, 9, 0);
        assertThat(defaults.publicityEnds(published)).isEqualTo(LocalDateTime.of(2026, 12, 15, 9, 0));
        assertThatThrownBy(() -> new AppraisalProperties("12-01", 5, 14, 1, true, 30, 29, Duration.ofHours(1), true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Configs.bind(AppraisalProperties.class, "publicity-days=1").publicityDays()).isEqualTo(1);
        assertThatThrownBy(() -> Configs.bind(AppraisalProperties.class, "publicity-days=0")).isNotNull();
        assertThat(defaults.selfReportDays()).isEqualTo(14);
        assertThat(Configs.bind(AppraisalProperties.class, "self-report-days=1").selfReportDays()).isEqualTo(1);
        assertThatThrownBy(() -> Configs.bind(AppraisalProperties.class, "self-report-days=0")).isNotNull();
        assertThat(Configs.bind(AppraisalProperties.class, "self-report-days=60").selfReportDays()).isEqualTo(60);
        assertThatThrownBy(() -> Configs.bind(AppraisalProperties.class, "self-report-days=61")).isNotNull();
        assertThat(Configs.bind(AppraisalProperties.class, "excellent-steps=3").excellentSteps()).isEqualTo(3);
        assertThatThrownBy(() -> Configs.bind(AppraisalProperties.class, "excellent-steps=4")).isNotNull();
        assertThatThrownBy(() -> Configs.bind(AppraisalProperties.class, "start-on=13-01")).isNotNull();
    }
}
