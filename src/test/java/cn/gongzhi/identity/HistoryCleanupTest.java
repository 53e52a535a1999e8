package cn.gongzhi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.petition.PetitionChannel;
import cn.gongzhi.petition.PetitionService;
import cn.gongzhi.petition.PetitionSubmission;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A closed petition's history leaves the database when its time to live has passed, and the supervisors' grants on it
 * go with it: history cleanup runs in a nightly window, and the grants name the instance they belong to. Its own
 * database, because the cleanup removes every instance whose time has come, and its own engine name, because the
 * engine REST API finds its engine by name in Camunda's static registry: a second engine named "default" would take
 * the other tests' REST calls to this database. Closed after the class.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:gongzhi-history-cleanup;DB_CLOSE_DELAY=-1",
        "camunda.bpm.process-engine-name=historycleanup"})
@DirtiesContext
class HistoryCleanupTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    PetitionService petitions;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theOtherTestsEngineStaysTheDefault() {
        assertThat(engine.getName()).isEqualTo("historycleanup");
        assertThat(ProcessEngines.getDefaultProcessEngine(false)).isNotSameAs(engine);
    }

    @Test
    void cleanupRunsEachNightInTheConfiguredWindow() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    }

    @Test
    void aClosedPetitionsHistoryAndItsGrantsAreRemovedAfterItsTimeToLive() {
        String number = petitions.submit(new PetitionSubmission("PROPERTY_MANAGEMENT", "heyuan", "heyuan-g1", "5号楼",
                null, null, "电梯停运，请尽快维修", null, null, null, PetitionChannel.HOTLINE, "qinghe"), null).number();
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
                .singleResult().getId();
        work(instance, "zhangwei", Map.of("contactNote", "已电话联系"));
        work(instance, "zhangwei", Map.of("handlingOutcome", "RESOLVED", "measures", "已修复"));
        work(instance, "liuyang", Map.of("resolved", true, "satisfaction", 5, "callbackComment", "满意"));

        HistoryService history = engine.getHistoryService();
        HistoricProcessInstance closed = history.createHistoricProcessInstanceQuery().processInstanceId(instance)
                .singleResult();
        assertThat(closed.getEndTime()).isNotNull();
        Date removal = closed.getRemovalTime();
        assertThat(Duration.between(closed.getEndTime().toInstant(), removal.toInstant()).toDays()).isEqualTo(1095);
        // the engine keeps no grants on the finished tasks' history: only the supervisors' on the instance's
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance).list())
                .hasSize(3).allSatisfy(task -> assertThat(engine.getAuthorizationService().createAuthorizationQuery()
                        .resourceType(Resources.HISTORIC_TASK).resourceId(task.getId()).count()).isZero());
        List<Authorization> grants = grants(instance);
        assertThat(grants).extracting(Authorization::getGroupId)
                .contains("supervisors-heyuan", "street-supervisors-qinghe");
        assertThat(grants).allSatisfy(grant -> {
            assertThat(grant.getRootProcessInstanceId()).isEqualTo(instance);
            assertThat(grant.getRemovalTime()).isEqualTo(removal);
        });

        // a day before its time the cleanup keeps it; after its time it removes the history and the grants
        cleanUpAt(new Date(removal.getTime() - 86_400_000L));
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).count()).isOne();
        assertThat(grants(instance)).isNotEmpty();
        cleanUpAt(new Date(removal.getTime() + 1_000L));
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(grants(instance)).isEmpty();
    }

    /** The supervisors' grants on the instance's history. */
    private List<Authorization> grants(String instance) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        return authorizations.createAuthorizationQuery().resourceType(Resources.HISTORIC_PROCESS_INSTANCE)
                .resourceId(instance).list();
    }

    private void cleanUpAt(Date now) {
        ClockUtil.setCurrentTime(now);
        ManagementService management = engine.getManagementService();
        Job job = engine.getHistoryService().cleanUpHistoryAsync(true);
        management.executeJob(job.getId());
    }

    private void work(String instance, String user, Map<String, Object> variables) {
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).toList());
        try {
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
            if (task.getAssignee() == null) {
                engine.getTaskService().claim(task.getId(), user);
            }
            engine.getTaskService().complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }
}
