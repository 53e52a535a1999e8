package cn.gongzhi.members;

import java.math.BigDecimal;

/**
 * A member's service in one community and year as the annual feedback counts it (by the day the service ended, in
 * China time, as {@link ServiceFigures} does): only confirmed service counts as hours and activities.
 *
 * @param confirmedHours the hours of her confirmed service
 * @param volunteerActivities confirmed volunteer activities (志愿活动)
 * @param microWishes confirmed micro-wishes (微心愿)
 * @param areaTasks confirmed responsibility-area tasks (责任区任务)
 * @param confirmations her services the branch confirmed, of every kind
 * @param awaiting services she recorded that the branch has not settled yet (they count nothing)
 * @param noShows services she claimed and did not record in time (未到岗)
 * @param returned services the branch sent back at least once (退回补正)
 * @param wishesMet of her confirmed micro-wishes, those the resident said were met (whoever called her back recorded it)
 */
public record FeedbackFigures(BigDecimal confirmedHours, int volunteerActivities, int microWishes, int areaTasks,
        int confirmations, int awaiting, int noShows, int returned, int wishesMet) {

    public static final FeedbackFigures NONE = new FeedbackFigures(BigDecimal.ZERO, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Equal as counts: hours compared by value, whatever their scale. */
    public boolean sameAs(FeedbackFigures other) {
        return confirmedHours.compareTo(other.confirmedHours) == 0 && volunteerActivities == other.volunteerActivities
                && microWishes == other.microWishes && areaTasks == other.areaTasks
                && confirmations == other.confirmations && awaiting == other.awaiting && noShows == other.noShows
                && returned == other.returned && wishesMet == other.wishesMet;
    }
}
