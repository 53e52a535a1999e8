package cn.gongzhi.shared.process;


/**
 * The retry policy of the models' save points (docs/architecture.md, "Save points"): where one process instance
 * starts or correlates into another, the element is {@code camunda:asyncBefore} and its "Retry time cycle" reads
 * {@code ${savePoints.retryCycle()}}. A failed hand-over is retried by the job executor on this cycle; when the
 * retries are used up the engine raises an incident, which the supervisors see on their dashboard (流程故障). The bean
 * {@code savePoints} is made from {@link SavePointsProperties}.
 */
@ModelFunctions
public class SavePoints {

    /** The default of {@code gongzhi.save-points.retry-cycle}: three attempts, five minutes apart. */
    public static final String DEFAULT_RETRY_CYCLE = "R3/PT5M";

    private final String retryCycle;

    public SavePoints(String retryCycle) {
        this.retryCycle = retryCycle;
    }

    /**
     * {@code gongzhi.save-points.retry-cycle}: an ISO 8601 repeating interval, {@code R<attempts>/<pause>} (R3/PT5M:
     * the hand-over runs at most three times, five minutes apart; then the incident).
     */
    public String retryCycle() {
        return retryCycle;
    }
}
