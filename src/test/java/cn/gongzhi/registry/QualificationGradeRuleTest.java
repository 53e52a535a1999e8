package cn.gongzhi.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.registry.domain.WorkerProperties;
import cn.gongzhi.support.Configs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The grade a new qualification brings (QualificationRecords.gradeAfter), one row per case: only the steps over the
 * level she already holds valid count, and the grade rises at most to the top of her post's range.
 */
class QualificationGradeRuleTest {

    private final WorkerRules rules = new WorkerRules(Configs.bind(WorkerProperties.class));

    @ParameterizedTest(name = "{0} at grade {1} holding {2}, newly {3}: grade {4}")
    @CsvSource({
        "STAFF, 5, NONE, ASSISTANT, 6",
        "STAFF, 5, NONE, SENIOR, 8",
        "STAFF, 5, ASSISTANT, INTERMEDIATE, 6",
        "STAFF, 5, ASSISTANT, SENIOR, 7",
        "STAFF, 5, INTERMEDIATE, INTERMEDIATE, 5",
        "STAFF, 5, SENIOR, ASSISTANT, 5",
        "STAFF, 10, NONE, SENIOR, 12",
        "STAFF, 11, NONE, INTERMEDIATE, 12",
        "STAFF, 12, NONE, ASSISTANT, 12",
        "HEAD, 17, NONE, SENIOR, 18",
        "DEPUTY, 13, ASSISTANT, SENIOR, 15",
        "DEPUTY, 12, ASSISTANT, SENIOR, 14"})
    void aQualificationAddsItsStepsOverTheLevelHeldWithinThePostsRange(WorkerPost post, int grade,
            Qualification held, Qualification obtained, int after) {
        assertThat(QualificationRecords.gradeAfter(grade, rules.stepsFor(held), rules.stepsFor(obtained),
                rules.gradeRange(post))).isEqualTo(after);
    }
}
