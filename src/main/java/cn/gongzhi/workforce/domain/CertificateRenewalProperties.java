package cn.gongzhi.workforce.domain;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When a certificate's registration renewal is asked for ({@code gongzhi.workers.renewal.*}): the 90 and 30
 * days ahead of the last valid day; local practice may set its own.
 *
 * @param firstReminder the worker's renewal task opens this long before the registration ends; the launcher starts a
 *     cycle once a certificate comes within it
 * @param secondReminder if she has not renewed this long before the end, her head gets a task as well; shorter than
 *     the first, and both longer than nothing
 * @param checkEvery how often the launcher looks for certificates coming within the first reminder
 * @param launcher whether this node runs the launcher at all
 */
@Validated
@ConfigurationProperties("gongzhi.workers.renewal")
public record CertificateRenewalProperties(
        @NotNull @DefaultValue("P90D") Period firstReminder,
        @NotNull @DefaultValue("P30D") Period secondReminder,
        @NotNull @DefaultValue("PT6H") Duration checkEvery,
        @DefaultValue("true") boolean launcher) {

    private static final LocalDate SOME_DAY = LocalDate.of(2000, 1, 1);

    @AssertTrue(message = "both reminders lie ahead of the end (positive), the second closer to it than the first")
    boolean isOrdered() {
        if (firstReminder == null || secondReminder == null) {
            return true; // @NotNull names it
        }
        LocalDate first = SOME_DAY.minus(firstReminder);
        LocalDate second = SOME_DAY.minus(secondReminder);
        return second.isBefore(SOME_DAY) && first.isBefore(second);
    }

    /** The day the worker's task opens for a registration ending on {@code lastValidDay}. */
    public LocalDate firstReminderOn(LocalDate lastValidDay) {
        return lastValidDay.minus(firstReminder);
    }

    /** The day her head is asked to urge it. */
    public LocalDate secondReminderOn(LocalDate lastValidDay) {
        return lastValidDay.minus(secondReminder);
    }

    /** The last day a cycle starting today can be about: today plus the first reminder. */
    public LocalDate windowEnd(LocalDate today) {
        return today.plus(firstReminder);
    }
}
