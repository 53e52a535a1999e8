package cn.gongzhi.registry.domain;

import cn.gongzhi.registry.Qualification;
import cn.gongzhi.registry.WorkerPost;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The rules of community workers' professional records ({@code gongzhi.workers.*}, docs/processes/workers.md,
 * "Rules"). Grade ranges are the national "three posts, eighteen grades" (domain brief §1); the other figures are
 * local practice with sensible defaults, to be set to the city's own.
 *
 * @param gradeRanges grade range of each post (三岗十八级): heads 7–18, deputies 4–15, staff 1–12; a post not
 *     configured keeps its national range
 * @param trainingHoursPerYear training hours each worker must complete in a calendar year (the plan's default);
 *     domain brief §1 names the duty without a figure, so 48 is a default to be set locally
 * @param qualificationSteps grade steps a social-worker qualification brings: assistant 1, intermediate 2, senior 3;
 *     a level not configured keeps its default
 * @param minYearsPerGradeStep full years a worker serves at a grade before a step for years of service
 * @param certificateExpiryWarningDays a certificate whose registration ends within this many days is shown as due
 *     for renewal
 */
@Validated
@ConfigurationProperties("gongzhi.workers")
public record WorkerProperties(
        Map<WorkerPost, GradeRange> gradeRanges,
        @Min(0) @Max(2000) @DefaultValue("48") int trainingHoursPerYear,
        Map<Qualification, Integer> qualificationSteps,
        @Min(1) @Max(10) @DefaultValue("2") int minYearsPerGradeStep,
        @Min(1) @Max(366) @DefaultValue("90") int certificateExpiryWarningDays) {

    private static final Map<WorkerPost, GradeRange> NATIONAL_GRADES = Map.of(
            WorkerPost.HEAD, new GradeRange(7, 18),
            WorkerPost.DEPUTY, new GradeRange(4, 15),
            WorkerPost.STAFF, new GradeRange(1, 12));

    private static final Map<Qualification, Integer> DEFAULT_STEPS = Map.of(
            Qualification.NONE, 0,
            Qualification.ASSISTANT, 1,
            Qualification.INTERMEDIATE, 2,
            Qualification.SENIOR, 3);

    public WorkerProperties {
        Map<WorkerPost, GradeRange> ranges = new EnumMap<>(NATIONAL_GRADES);
        if (gradeRanges != null) {
            ranges.putAll(gradeRanges);
        }
        gradeRanges = Collections.unmodifiableMap(ranges);
        Map<Qualification, Integer> steps = new EnumMap<>(DEFAULT_STEPS);
        if (qualificationSteps != null) {
            steps.putAll(qualificationSteps);
        }
        qualificationSteps = Collections.unmodifiableMap(steps);
    }

    @AssertTrue(message = "grade ranges lie within 1–18 (三岗十八级)")
    boolean isWithinEighteenGrades() {
        return gradeRanges.values().stream().allMatch(r -> r.min() >= 1 && r.max() <= 18);
    }

    @AssertTrue(message = "qualification steps are 0–5 and do not fall with a higher level")
    boolean isStepsAscending() {
        int previous = 0;
        for (Qualification level : Qualification.values()) {
            int step = qualificationSteps.get(level);
            if (step < previous || step > 5) {
                return false;
            }
            previous = step;
        }
        return qualificationSteps.get(Qualification.NONE) == 0;
    }

    /** A grade range, both ends included. */
    public record GradeRange(@Min(1) int min, @Min(1) int max) {

        @AssertTrue(message = "min must not be above max")
        boolean isOrdered() {
            return min <= max;
        }

        public boolean contains(int grade) {
            return grade >= min && grade <= max;
        }
    }
}
