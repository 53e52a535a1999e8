package cn.gongzhi.workforce.domain;

import cn.gongzhi.registry.AppraisalResult;
import cn.gongzhi.registry.GradeChangeReason;
import cn.gongzhi.registry.WorkerPost;
import cn.gongzhi.registry.WorkerRules;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The grade change a final result allows ({@code gongzhi.appraisal.*}, local practice):
 * <ol>
 *   <li>优秀: {@code excellent-steps} steps (1), reason {@link GradeChangeReason#APPRAISAL};</li>
 *   <li>合格: one step for years of service when it is due ({@link WorkerRules#isServiceStepDue}: the configured full
 *       years since her grade last changed), if {@code competent-service-step}; reason
 *       {@link GradeChangeReason#SERVICE_YEARS};</li>
 *   <li>基本合格, 不合格: none;</li>
 *   <li>never beyond her post's range (三岗十八级): capped at its top; none when she is already there.</li>
 * </ol>
 */
@Component
public class GradeSteps {

    /** A grade change: to this grade, for this reason. */
    public record Step(int toGrade, GradeChangeReason reason) {}

    private final AppraisalProperties properties;
    private final WorkerRules rules;

    GradeSteps(AppraisalProperties properties, WorkerRules rules) {
        this.properties = properties;
        this.rules = rules;
    }

    /** The step this result brings a worker at {@code grade} whose grade last changed on {@code since} (null: never). */
    public Optional<Step> after(AppraisalResult result, WorkerPost post, int grade, LocalDate since, LocalDate day) {
        int steps;
        GradeChangeReason reason;
        if (result == AppraisalResult.EXCELLENT) {
            steps = properties.excellentSteps();
            reason = GradeChangeReason.APPRAISAL;
        } else if (result == AppraisalResult.COMPETENT && properties.competentServiceStep()
                && (since == null || rules.isServiceStepDue(since, day))) {
            steps = 1;
            reason = GradeChangeReason.SERVICE_YEARS;
        } else {
            return Optional.empty();
        }
        int to = Math.min(grade + steps, rules.gradeTop(post));
        return to <= grade ? Optional.empty() : Optional.of(new Step(to, reason));
    }
}
