package cn.gongzhi.support;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The one way a Spring Boot test waits for a save point (docs/architecture.md, "Save points"): where a process instance
 * starts or correlates into another, the hand-over is a job. In the application the job executor runs it a moment
 * after the completion commits; the test profile switches the job executor off (so timers never fire behind a test's
 * back), and this runs the due hand-overs itself, as the job executor would, until none is left: a hand-over may lead
 * to the next (closing the loop, then disclosing the outcome). No sleeping, no polling: when it returns, the other
 * instance is there. A hand-over that fails throws its exception, as the job executor would log it.
 */
public final class SavePointJobs {

    /** More rounds than any chain of hand-overs in the models: a guard against a job that recreates itself. */
    private static final int MAX_ROUNDS = 20;

    private SavePointJobs() {}

    /** Runs every due hand-over (async continuation) and those they lead to; returns how many ran. */
    public static int pass(ManagementService management) {
        int ran = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Job> due = management.createJobQuery().messages().executable().list();
            if (due.isEmpty()) {
                return ran;
            }
            for (Job job : due) {
                management.executeJob(job.getId());
                ran++;
            }
        }
        throw new IllegalStateException("save points still pending after " + MAX_ROUNDS + " rounds");
    }
}
