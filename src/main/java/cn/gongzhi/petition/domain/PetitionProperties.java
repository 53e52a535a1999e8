package cn.gongzhi.petition.domain;

import cn.gongzhi.shared.Ratio;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Petition handling rules that are local policy ({@code gongzhi.petition.*}). Time limits per category are not here:
 * they are the dispatch decision table, processes/PetitionDispatchDecision.dmn.
 */
@ConfigurationProperties("gongzhi.petition")
public class PetitionProperties {

    /** The reminder fires when this share of a time limit is left (default 1/4: 42 hours before a 7-day limit). */
    private Ratio reminderBefore = new Ratio(1, 4);
    /** A callback with satisfaction at or below this counts as a failure (1–5 scale). */
    private int unsatisfiedAtMost = 2;
    /** How often a failed callback reopens the petition before it escalates. */
    private int maxReopens = 1;
    /** The unit recorded as first receiver (首接负责) for public and Open311 intake. */
    private String publicReceivingUnit = "12345市民服务热线";
    /**
     * Decimals of the coordinates shown on public surfaces (the Open311 feed), rounded half up: 3 is about 100 m,
     * 2 about 1 km. At most the 6 that are stored.
     */
    private int publicCoordinateDecimals = 3;

    public Ratio getReminderBefore() { return reminderBefore; }
    public void setReminderBefore(Ratio reminderBefore) { this.reminderBefore = reminderBefore; }
    public int getUnsatisfiedAtMost() { return unsatisfiedAtMost; }
    public void setUnsatisfiedAtMost(int unsatisfiedAtMost) { this.unsatisfiedAtMost = unsatisfiedAtMost; }
    public int getMaxReopens() { return maxReopens; }
    public void setMaxReopens(int maxReopens) { this.maxReopens = maxReopens; }
    public String getPublicReceivingUnit() { return publicReceivingUnit; }
    public void setPublicReceivingUnit(String unit) { this.publicReceivingUnit = unit; }
    public int getPublicCoordinateDecimals() { return publicCoordinateDecimals; }
    public void setPublicCoordinateDecimals(int decimals) {
        if (decimals < 0 || decimals > Petition.COORDINATE_SCALE) {
            throw new IllegalArgumentException("public-coordinate-decimals must be between 0 and "
                    + Petition.COORDINATE_SCALE + " (the stored precision), not " + decimals);
        }
        this.publicCoordinateDecimals = decimals;
    }
}
