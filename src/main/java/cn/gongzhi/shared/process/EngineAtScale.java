package cn.gongzhi.shared.process;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the engine needs to cost the same in a district of a million petitions as in one street (docs/performance.md,
 * "A district's years of petitions"):
 * <ul>
 * <li>An index Camunda does not ship: completing a task looks for its sub-tasks by {@code PARENT_TASK_ID_}, which
 * without an index reads every open task of the district (50,000 rows, 24 ms of each completion at a million
 * petitions). Made when the engine has built its schema, once; a second node that races to make it finds it made.</li>
 * <li>No look-up of every group that holds a grant: before each command's first authorization check Camunda reads the
 * distinct group ids of {@code ACT_RU_AUTHORIZATION} (1,714 groups, 7 ms, at a million petitions) only to drop from
 * the caller's groups those that hold no grant. A group without a grant matches no row of the checks' {@code GROUP_ID_
 * IN (…)}, so the caller's groups are used as they are: the checks' answers are the same, and our logins hold a few
 * groups each.</li>
 * </ul>
 */
@Component
public class EngineAtScale extends AbstractProcessEnginePlugin {

    static final String TASK_PARENT_INDEX = "GZ_IDX_TASK_PARENT";
    private static final Logger log = LoggerFactory.getLogger(EngineAtScale.class);

    private DataSource dataSource;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new CallersGroupsAsTheyAre();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        dataSource = configuration.getDataSource();
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        try (Connection connection = dataSource.getConnection()) {
            if (!hasIndex(connection, "ACT_RU_TASK", TASK_PARENT_INDEX)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("create index " + TASK_PARENT_INDEX + " on ACT_RU_TASK (PARENT_TASK_ID_)");
                    log.info("Index {} on ACT_RU_TASK (PARENT_TASK_ID_) made", TASK_PARENT_INDEX);
                } catch (SQLException e) {
                    if (!hasIndex(connection, "ACT_RU_TASK", TASK_PARENT_INDEX)) {
                        throw e;
                    }
                }
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Index " + TASK_PARENT_INDEX + " could not be made: " + e.getMessage(), e);
        }
    }

    static boolean hasIndex(Connection connection, String table, String index) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        for (String name : List.of(table, table.toLowerCase(Locale.ROOT))) {
            try (ResultSet indexes = metaData.getIndexInfo(connection.getCatalog(), null, name, false, false)) {
                while (indexes.next()) {
                    if (index.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Camunda's authorization manager, given the caller's groups as they are (see above). */
    static final class CallersGroupsAsTheyAre extends AuthorizationManager {
        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            return authenticatedGroupIds == null ? new ArrayList<>() : new ArrayList<>(authenticatedGroupIds);
        }
    }
}
