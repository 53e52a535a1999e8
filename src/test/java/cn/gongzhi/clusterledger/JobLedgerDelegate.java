package cn.gongzhi.clusterledger;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Test only, for ClusterReliabilityIT: the nodes it starts load this package beside the packaged application
 * ({@code loader.path}), so that the ledger model can name it as a delegate (a model may not reach the JdbcTemplate
 * itself: docs/processes/designing.md). Writes one ledger row per job run, in the job's transaction, under the node's
 * name, then holds the job {@code pause} seconds in the database so that jobs are in flight when a node dies. Only
 * under the profile {@code cluster-ledger}, which those nodes run with.
 */
@Component
@Profile("cluster-ledger")
public class JobLedgerDelegate implements JavaDelegate {

    private final JdbcTemplate jdbc;
    private final Environment environment;

    JobLedgerDelegate(JdbcTemplate jdbc, Environment environment) {
        this.jdbc = jdbc;
        this.environment = environment;
    }

    @Override
    public void execute(DelegateExecution execution) {
        jdbc.update("insert into job_ledger (instance_id, step, node) values (?, ?, ?)",
                execution.getProcessInstanceId(), execution.getVariable("step"),
                environment.getProperty("gongzhi.node-name"));
        jdbc.execute("do sleep(" + Double.parseDouble(String.valueOf(execution.getVariable("pause"))) + ")");
    }
}
