package cn.gongzhi.registry;

import cn.gongzhi.registry.domain.WorkerProperties;
import cn.gongzhi.registry.domain.WorkerProperties.GradeRange;
import cn.gongzhi.shared.InvalidFieldException;
import java.time.LocalDate;
import java.time.Period;
import org.springframework.stereotype.Component;

/**
 * The rules of community workers' grades, training and qualifications, with their sources
 * ({@code gongzhi.workers.*}, {@link WorkerProperties}; docs/processes/workers.md, "Rules"):
 * <ol>
 *   <li>a grade lies within its post's range (三岗十八级, domain brief §1: heads 7–18, deputies 4–15, staff 1–12);
 *       otherwise 400 naming {@code grade};</li>
 *   <li>a worker completes {@code training-hours-per-year} hours of training in a calendar year (48 by default: the
 *       brief names the duty, not the figure);</li>
 *   <li>a social-worker qualification brings {@code qualification-steps} grade steps (assistant 1, intermediate 2,
 *       senior 3);</li>
 *   <li>a step for years of service needs {@code min-years-per-grade-step} full years since the grade last
 *       changed;</li>
 *   <li>a certificate counts only while valid: from the day it was issued to its last valid day, both included, in
 *       China time ({@link #isValidOn});</li>
 *   <li>who appraises whom is the records' ({@link WorkerAppraisals}): the street office of the worker's street
 *       decides, the head of her own community proposes, nobody appraises herself.</li>
 * </ol>
 */
@Component
public class WorkerRules {

    /** The field a grade refusal names. */
    public static final String GRADE_FIELD = "grade";

    private final WorkerProperties properties;

    WorkerRules(WorkerProperties properties) {
        this.properties = properties;
    }

    /** The grade range of a post, both ends included. */
    public GradeRange gradeRange(WorkerPost post) {
        return properties.gradeRanges().get(post);
    }

    /** The highest grade of a post's range (a grade step never passes it). */
    public int gradeTop(WorkerPost post) {
        return gradeRange(post).max();
    }

    /** Refuses a grade outside its post's range, naming the field {@code grade}. */
    public void checkGrade(WorkerPost post, int grade) {
        GradeRange range = gradeRange(post);
        if (!range.contains(grade)) {
            throw new InvalidFieldException(GRADE_FIELD, "岗位" + post.label() + "的等级范围为 " + range.min() + "–"
                    + range.max() + " 级（三岗十八级），现为 " + grade + " 级");
        }
    }

    /** Training hours a worker must complete in a calendar year. */
    public int trainingHoursPerYear() {
        return properties.trainingHoursPerYear();
    }

    /** Grade steps a qualification level brings (none for {@link Qualification#NONE}). */
    public int stepsFor(Qualification level) {
        return properties.qualificationSteps().get(level);
    }

    /** Whether a step for years of service is due on {@code day}, the grade having last changed on {@code since}. */
    public boolean isServiceStepDue(LocalDate since, LocalDate day) {
        return Period.between(since, day).getYears() >= properties.minYearsPerGradeStep();
    }

    /** Whether a certificate issued on {@code issuedOn} and valid until {@code validUntil} (null: no end) counts. */
    public static boolean isValidOn(LocalDate issuedOn, LocalDate validUntil, LocalDate day) {
        return !issuedOn.isAfter(day) && (validUntil == null || !day.isAfter(validUntil));
    }

    /** Whether a valid certificate's registration ends within the warning period (docs: "due for renewal"). */
    /** A certificate whose registration ends within this many days is due for renewal (and counted as expiring). */
    public int certificateExpiryWarningDays() {
        return properties.certificateExpiryWarningDays();
    }

    public boolean isExpiringSoon(LocalDate validUntil, LocalDate day) {
        return validUntil != null && !day.isAfter(validUntil)
                && !validUntil.isAfter(day.plusDays(properties.certificateExpiryWarningDays()));
    }
}
