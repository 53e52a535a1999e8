package cn.gongzhi.workforce.domain;

import java.time.LocalDate;

/**
 * Whether a worker keeps pace with her year's training hours (docs/processes/workers.md, "Reminders"):
 * <ol>
 *   <li>her share due by a reminder point is the hours required times the days of the year up to the point (the
 *       point included) over the days of the year, rounded down: 48 hours by 30 June of 2026 is
 *       48 × 181 / 365 = 23.8, so 23;</li>
 *   <li>she is behind when the hours credited to her up to the point (included) are fewer than that share;
 *       exactly the share is not behind.</li>
 * </ol>
 */
public final class TrainingPace {

    private TrainingPace() {}

    /** The hours due by {@code point} of {@code required} a year (rounded down, exact integer arithmetic). */
    public static int dueBy(int required, LocalDate point) {
        return (int) ((long) required * point.getDayOfYear() / point.lengthOfYear());
    }

    /** Whether {@code credited} hours by {@code point} fall short of the share due then. */
    public static boolean isBehind(int credited, int required, LocalDate point) {
        return credited < dueBy(required, point);
    }
}
