package cn.gongzhi.support;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Leaves the shared test database as a test class found it, for the classes that share its Spring context: the
 * process instances the class started are deleted (their open tasks would show in other tests' lists) and the
 * workers' open caseloads are put back (a full caseload changes whom the next petition is assigned to).
 */
public final class TestDataJanitor {

    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final Set<String> instances;
    private final List<Map<String, Object>> caseloads;

    private TestDataJanitor(JdbcTemplate jdbc, RuntimeService runtime) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.instances = new HashSet<>(jdbc.queryForList(
                "select ID_ from ACT_RU_EXECUTION where ID_ = PROC_INST_ID_", String.class));
        this.caseloads = jdbc.queryForList("select id, open_caseload from community_worker");
    }

    /** Notes what is there now. */
    public static TestDataJanitor before(JdbcTemplate jdbc, RuntimeService runtime) {
        return new TestDataJanitor(jdbc, runtime);
    }

    /** Deletes the instances started since, and restores the caseloads. */
    public void restore() {
        for (String instance : jdbc.queryForList("select ID_ from ACT_RU_EXECUTION where ID_ = PROC_INST_ID_"
                + " and SUPER_EXEC_ is null", String.class)) {
            if (!instances.contains(instance)) {
                runtime.deleteProcessInstanceIfExists(instance, "test done", true, true, true, true);
            }
        }
        caseloads.forEach(row -> jdbc.update("update community_worker set open_caseload = ? where id = ?",
                row.get("open_caseload"), row.get("id")));
    }
}
