package cn.gongzhi.workforce.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The training processes' dates and limits ({@code gongzhi.training.*}): local practice, no national figure.
 *
 * @param planOn the month and day (MM-DD, China time) from which the year's planning round is started for every
 *     community with a head that has none yet
 * @param reminderPoints the days of the year (MM-DD) after which each planned worker's hours are checked against her
 *     share of the year ({@link TrainingPace}); at least one, in order, none twice
 * @param maxCourseHours the most hours one course may credit (a course of 1 to this many hours is registered)
 * @param checkEvery how often the launcher looks for communities whose round is due
 * @param launcher whether this node runs the launcher at all
 */
@Validated
@ConfigurationProperties("gongzhi.training")
public record TrainingProperties(
        @NotNull @Pattern(regexp = MONTH_DAY) @DefaultValue("01-10") String planOn,
        @NotEmpty @DefaultValue({"06-30", "09-30"}) List<@NotNull @Pattern(regexp = MONTH_DAY) String> reminderPoints,
        @Min(1) @Max(1000) @DefaultValue("120") int maxCourseHours,
        @NotNull @DefaultValue("PT1H") Duration checkEvery,
        @DefaultValue("true") boolean launcher) {

    static final String MONTH_DAY = "(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])";

    public TrainingProperties {
        List<MonthDay> days = reminderPoints.stream().map(TrainingProperties::day).toList();
        for (int i = 1; i < days.size(); i++) {
            if (!days.get(i).isAfter(days.get(i - 1))) {
                throw new IllegalArgumentException("gongzhi.training.reminder-points must be in order, none twice: "
                        + reminderPoints);
            }
        }
    }

    /** The year whose round is due on this day (China time): this year from the configured day on, else none. */
    public Optional<Integer> yearDue(LocalDate today) {
        return today.isBefore(day(planOn).atYear(today.getYear())) ? Optional.empty() : Optional.of(today.getYear());
    }

    /** The reminder points of a year, as dates, in order (29 February falls on the 28th in a common year). */
    public List<LocalDate> reminderDays(int year) {
        return reminderPoints.stream().map(p -> day(p).atYear(year)).toList();
    }

    private static MonthDay day(String monthDay) {
        return MonthDay.parse("--" + monthDay);
    }
}
