package cn.gongzhi.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongzhi.registry.domain.WorkerProperties;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.support.Configs;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.BindException;

/** The workers' rules at their boundaries (docs/processes/workers.md, "Rules"), with their defaults and settings. */
class WorkerRulesTest {

    private final WorkerRules rules = new WorkerRules(Configs.bind(WorkerProperties.class));

    @ParameterizedTest(name = "{0} grade {1}: allowed {2}")
    @CsvSource({
        "HEAD, 6, false", "HEAD, 7, true", "HEAD, 18, true", "HEAD, 19, false",
        "DEPUTY, 3, false", "DEPUTY, 4, true", "DEPUTY, 15, true", "DEPUTY, 16, false",
        "STAFF, 0, false", "STAFF, 1, true", "STAFF, 12, true", "STAFF, 13, false"})
    void aGradeOutsideItsPostsRangeIsRefusedNamingTheField(WorkerPost post, int grade, boolean allowed) {
        if (allowed) {
            assertThatCode(() -> rules.checkGrade(post, grade)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> rules.checkGrade(post, grade)).isInstanceOf(InvalidFieldException.class)
                    .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("grade"))
                    .hasMessageContaining(rules.gradeRange(post).min() + "–" + rules.gradeRange(post).max());
        }
    }

    @Test
    void aCityMayNarrowAPostsRangeButNotLeaveTheEighteenGrades() {
        WorkerRules local = new WorkerRules(Configs.bind(WorkerProperties.class, "grade-ranges.STAFF.min=2",
                "grade-ranges.STAFF.max=10"));
        assertThatThrownBy(() -> local.checkGrade(WorkerPost.STAFF, 1)).isInstanceOf(InvalidFieldException.class);
        assertThatCode(() -> local.checkGrade(WorkerPost.STAFF, 10)).doesNotThrowAnyException();
        assertThatThrownBy(() -> local.checkGrade(WorkerPost.STAFF, 11)).isInstanceOf(InvalidFieldException.class);
        assertThatCode(() -> local.checkGrade(WorkerPost.HEAD, 18)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Configs.bind(WorkerProperties.class, "grade-ranges.HEAD.max=19"))
                .isInstanceOf(BindException.class);
        assertThatThrownBy(() -> Configs.bind(WorkerProperties.class, "grade-ranges.HEAD.min=12",
                "grade-ranges.HEAD.max=11")).isInstanceOf(BindException.class);
    }

    @Test
    void trainingHoursPerYearDefaultTo48AndAreASetting() {
        assertThat(rules.trainingHoursPerYear()).isEqualTo(48);
        assertThat(new WorkerRules(Configs.bind(WorkerProperties.class, "training-hours-per-year=72"))
                .trainingHoursPerYear()).isEqualTo(72);
        assertThatThrownBy(() -> Configs.bind(WorkerProperties.class, "training-hours-per-year=-1"))
                .isInstanceOf(BindException.class);
    }

    @ParameterizedTest(name = "{0} brings {1} steps")
    @CsvSource({"NONE, 0", "ASSISTANT, 1", "INTERMEDIATE, 2", "SENIOR, 3"})
    void eachQualificationLevelBringsItsSteps(Qualification level, int steps) {
        assertThat(rules.stepsFor(level)).isEqualTo(steps);
    }

    @Test
    void qualificationStepsAreASettingAndMayNotFallWithAHigherLevel() {
        assertThat(new WorkerRules(Configs.bind(WorkerProperties.class, "qualification-steps.SENIOR=4"))
                .stepsFor(Qualification.SENIOR)).isEqualTo(4);
        assertThatThrownBy(() -> Configs.bind(WorkerProperties.class, "qualification-steps.SENIOR=1"))
                .isInstanceOf(BindException.class);
    }

    @Test
    void aStepForYearsOfServiceNeedsTheFullYearsSinceTheLastChange() {
        LocalDate since = LocalDate.of(2024, 3, 1);
        assertThat(rules.isServiceStepDue(since, LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(rules.isServiceStepDue(since, LocalDate.of(2026, 3, 1))).isTrue();
        WorkerRules three = new WorkerRules(Configs.bind(WorkerProperties.class, "min-years-per-grade-step=3"));
        assertThat(three.isServiceStepDue(since, LocalDate.of(2027, 2, 28))).isFalse();
        assertThat(three.isServiceStepDue(since, LocalDate.of(2027, 3, 1))).isTrue();
        assertThatThrownBy(() -> Configs.bind(WorkerProperties.class, "min-years-per-grade-step=0"))
                .isInstanceOf(BindException.class);
    }

    @Test
    void aCertificateCountsFromItsIssueToItsLastValidDayBothIncluded() {
        LocalDate issued = LocalDate.of(2022, 6, 30);
        LocalDate until = LocalDate.of(2026, 11, 29);
        assertThat(WorkerRules.isValidOn(issued, until, issued.minusDays(1))).isFalse();
        assertThat(WorkerRules.isValidOn(issued, until, issued)).isTrue();
        assertThat(WorkerRules.isValidOn(issued, until, until)).as("valid today").isTrue();
        assertThat(WorkerRules.isValidOn(issued, until, until.plusDays(1))).as("expired yesterday").isFalse();
        assertThat(WorkerRules.isValidOn(issued, null, LocalDate.of(2040, 1, 1))).as("no end date").isTrue();
    }

    @Test
    void aCertificateIsDueForRenewalWithinTheWarningDays() {
        LocalDate today = LocalDate.of(2026, 11, 29);
        assertThat(rules.isExpiringSoon(today.plusDays(90), today)).isTrue();
        assertThat(rules.isExpiringSoon(today.plusDays(91), today)).isFalse();
        assertThat(rules.isExpiringSoon(today, today)).isTrue();
        assertThat(rules.isExpiringSoon(today.minusDays(1), today)).as("expired, not due").isFalse();
        assertThat(rules.isExpiringSoon(null, today)).isFalse();
        assertThat(new WorkerRules(Configs.bind(WorkerProperties.class, "certificate-expiry-warning-days=30"))
                .isExpiringSoon(today.plusDays(31), today)).isFalse();
    }
}
