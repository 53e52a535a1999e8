package cn.gongzhi.workforce.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The yearly appraisal's dates, limits and grade rules ({@code gongzhi.appraisal.*}; docs/processes/workers.md,
 * "Annual appraisal"). Local practice unless said otherwise: the brief names the appraisal, not these figures.
 *
 * @param startOn the month and day (MM-DD, China time) from which the year's appraisal is started for every street
 *     that has none yet
 * @param publicityDays the results are published this many days for objections before they become final
 * @param selfReportDays a worker who has not filed her self-report this many days after her sheet opened is passed
 *     over: her figures are counted and her head proposes without it (the sheet shows it was not filed)
 * @param excellentSteps grade steps an 优秀 brings (0–3), within the post's range
 * @param competentServiceStep whether a 合格 brings the step for years of service when it is due
 *     ({@code gongzhi.workers.min-years-per-grade-step}); 基本合格 and 不合格 bring none
 * @param selfReportMin the self-report's fewest characters
 * @param selfReportMax the self-report's most characters
 * @param checkEvery how often the launcher looks for streets whose appraisal is due
 * @param launcher whether this node runs the launcher at all
 */
@Validated
@ConfigurationProperties("gongzhi.appraisal")
public record AppraisalProperties(
        @NotNull @Pattern(regexp = "(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])") @DefaultValue("12-01") String startOn,
        @Min(1) @Max(30) @DefaultValue("5") int publicityDays,
        @Min(1) @Max(60) @DefaultValue("14") int selfReportDays,
        @Min(0) @Max(3) @DefaultValue("1") int excellentSteps,
        @DefaultValue("true") boolean competentServiceStep,
        @Min(1) @Max(4000) @DefaultValue("20") int selfReportMin,
        @Min(1) @Max(4000) @DefaultValue("2000") int selfReportMax,
        @NotNull @DefaultValue("PT1H") Duration checkEvery,
        @DefaultValue("true") boolean launcher) {

    public AppraisalProperties {
        if (selfReportMin > selfReportMax) {
            throw new IllegalArgumentException("gongzhi.appraisal.self-report-min (" + selfReportMin
                    + ") is above self-report-max (" + selfReportMax + ")");
        }
    }

    /** The year whose appraisal is due on this day (China time): this year from the configured day on, else none. */
    public Optional<Integer> yearDue(LocalDate today) {
        MonthDay day = MonthDay.parse("--" + startOn);
        return today.isBefore(day.atYear(today.getYear())) ? Optional.empty() : Optional.of(today.getYear());
    }

    /** When the objection window of results published at this time ends. */
    public LocalDateTime publicityEnds(LocalDateTime publishedAt) {
        return publishedAt.plusDays(publicityDays);
    }
}
