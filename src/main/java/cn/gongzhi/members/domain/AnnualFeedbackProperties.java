package cn.gongzhi.members.domain;

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
 * The annual feedback's dates and limits ({@code gongzhi.annual-feedback.*}): local practice, no national figure.
 *
 * @param sendOn the month and day (MM-DD, China time) from which the year's feedback is started for every work unit
 *     with reported members that has none yet
 * @param confirmWithin the unit's contact confirms receipt within this long after the feedback was sent; later, it is
 *     recorded overdue (the task stays open)
 * @param remindBefore she is reminded this long before that limit (at once if the limit is closer)
 * @param checkEvery how often the launcher looks for units whose feedback is due (each node; the unique record per
 *     unit and year keeps a second start out)
 * @param launcher whether this node runs the launcher at all
 */
@Validated
@ConfigurationProperties("gongzhi.annual-feedback")
public record AnnualFeedbackProperties(
        @NotNull @Pattern(regexp = "(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])") @DefaultValue("12-15") String sendOn,
        @NotNull @DefaultValue("P14D") Duration confirmWithin,
        @NotNull @DefaultValue("P3D") Duration remindBefore,
        @NotNull @DefaultValue("PT1H") Duration checkEvery,
        @DefaultValue("true") boolean launcher) {

    /** The configured day as a month and day. */
    public MonthDay sendOnDay() {
        return MonthDay.parse("--" + sendOn);
    }

    /** The year whose feedback is due on this day (China time): this year from the configured day on, else none. */
    public Optional<Integer> yearDue(LocalDate today) {
        return today.isBefore(sendOnDay().atYear(today.getYear())) ? Optional.empty() : Optional.of(today.getYear());
    }

    /** When the unit's confirmation is due, for a feedback sent at this time. */
    public LocalDateTime confirmDue(LocalDateTime sentAt) {
        return sentAt.plus(confirmWithin);
    }

    /** When she is reminded: {@code remindBefore} before the limit, but not before it was sent. */
    public LocalDateTime reminderAt(LocalDateTime sentAt) {
        LocalDateTime at = confirmDue(sentAt).minus(remindBefore);
        return at.isBefore(sentAt) ? sentAt : at;
    }
}
