package cn.gongzhi.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code gongzhi.supervision.*}: the definitions supervisors measure by (docs/supervision.md). */
@ConfigurationProperties("gongzhi.supervision")
public class SupervisionProperties {

    /** "Due soon": within this many hours. */
    private int dueSoonHours = 24;
    /** A callback counts as satisfied at or above this score (1–5). */
    private int satisfiedAtLeast = 4;
    /** Weights of the composite score: response, resolution, satisfaction (normalised). */
    private double responseWeight = 1;
    private double resolutionWeight = 1;
    private double satisfactionWeight = 1;
    /** Longest period one request may cover. */
    private int maxRangeDays = 366;
    /** The overdue list shows at most this many petitions and tasks, the longest overdue first. */
    private int overdueListLimit = 200;
    /** A rate over fewer cases than this is shown as "样本不足" instead of a percentage. */
    private int minimumSample = 5;
    /** Periods longer than this many days trend by ISO week instead of by day. */
    private int dailyTrendUpToDays = 31;

    public int getDueSoonHours() { return dueSoonHours; }
    public void setDueSoonHours(int dueSoonHours) { this.dueSoonHours = dueSoonHours; }
    public int getSatisfiedAtLeast() { return satisfiedAtLeast; }
    public void setSatisfiedAtLeast(int satisfiedAtLeast) { this.satisfiedAtLeast = satisfiedAtLeast; }
    public double getResponseWeight() { return responseWeight; }
    public void setResponseWeight(double weight) { this.responseWeight = weight; }
    public double getResolutionWeight() { return resolutionWeight; }
    public void setResolutionWeight(double weight) { this.resolutionWeight = weight; }
    public double getSatisfactionWeight() { return satisfactionWeight; }
    public void setSatisfactionWeight(double weight) { this.satisfactionWeight = weight; }
    public int getMaxRangeDays() { return maxRangeDays; }
    public void setMaxRangeDays(int maxRangeDays) { this.maxRangeDays = maxRangeDays; }
    public int getOverdueListLimit() { return overdueListLimit; }
    public void setOverdueListLimit(int overdueListLimit) { this.overdueListLimit = overdueListLimit; }
    public int getMinimumSample() { return minimumSample; }
    public void setMinimumSample(int minimumSample) { this.minimumSample = minimumSample; }
    public int getDailyTrendUpToDays() { return dailyTrendUpToDays; }
    public void setDailyTrendUpToDays(int days) { this.dailyTrendUpToDays = days; }
}
