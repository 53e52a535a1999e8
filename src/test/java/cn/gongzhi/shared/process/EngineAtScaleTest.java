package cn.gongzhi.shared.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The engine at a district's scale: completing a task finds its sub-tasks through an index, and the authorization
 * checks take the caller's groups as they are instead of reading every group that holds a grant first.
 */
@SpringBootTest
class EngineAtScaleTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    ProcessEngine processEngine;

    @Test
    void theTasksParentColumnIsIndexed() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(EngineAtScale.hasIndex(connection, "ACT_RU_TASK", EngineAtScale.TASK_PARENT_INDEX)).isTrue();
            assertThat(EngineAtScale.hasIndex(connection, "ACT_RU_TASK", "GZ_NO_SUCH_INDEX")).isFalse();
        }
    }

    @Test
    void theAuthorizationChecksTakeTheCallersGroupsAsTheyAre() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        List<String> groups = configuration.getCommandExecutorTxRequired().execute(context ->
                context.getAuthorizationManager().filterAuthenticatedGroupIds(
                        List.of("workers-heyuan", "a-group-without-grants")));
        assertThat(groups).containsExactly("workers-heyuan", "a-group-without-grants");
    }
}
