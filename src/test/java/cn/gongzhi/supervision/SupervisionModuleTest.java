package cn.gongzhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.members.ServiceFigures;
import cn.gongzhi.petition.PetitionChanged;
import cn.gongzhi.petition.PetitionService;
import cn.gongzhi.petition.PetitionStatus;
import cn.gongzhi.registry.ActiveMembers;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.WorkerCounts;
import cn.gongzhi.registry.WorkerRules;
import cn.gongzhi.support.WithoutEngine;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The supervision module on its own, the modules it reads mocked: a petition's snapshot published by the petition
 * module ({@link PetitionChanged}) lands in supervision's own table after the publishing transaction commits, as
 * {@link SupervisionProjection} promises. The row is for a community no other test counts, and is deleted afterwards.
 */
@ApplicationModuleTest(extraIncludes = "shared", webEnvironment = WebEnvironment.NONE)
@WithoutEngine
class SupervisionModuleTest {

    private static final long PETITION_ID = 990_001L;
    private static final String COMMUNITY = "module-test";

    @MockitoBean
    TaskService taskService;

    @MockitoBean
    RuntimeService runtimeService;

    @MockitoBean
    RepositoryService repositoryService;

    @MockitoBean
    ManagementService managementService;

    @MockitoBean
    IdentityService identityService;

    @MockitoBean
    PetitionService petitions;

    @MockitoBean
    RegistryService registry;

    @MockitoBean
    ActiveMembers activeMembers;

    @MockitoBean
    ServiceFigures serviceFigures;

    @MockitoBean
    WorkerCounts workerCounts;

    @MockitoBean
    WorkerRules workerRules;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheRow() {
        jdbc.update("delete from supervision_petition where petition_id = ?", PETITION_ID);
    }

    @Test
    void aPublishedPetitionSnapshotLandsInTheProjection(Scenario scenario) {
        LocalDateTime received = LocalDateTime.of(2026, 11, 2, 9, 0);
        PetitionChanged changed = new PetitionChanged(PETITION_ID, 3, "P-2026-990001",
                new PetitionChanged.Place(COMMUNITY, null, "zhangwei", "NOISE", null),
                new PetitionChanged.Times(received, received.plusHours(2), null, received.plusDays(5), null, null),
                new PetitionChanged.Outcome(PetitionStatus.RECEIVED, 0, null, null));

        scenario.publish(changed)
                .andWaitForStateChange(() -> jdbc.queryForList("select number, community_code, status, revision"
                        + " from supervision_petition where petition_id = ?", PETITION_ID), rows -> !rows.isEmpty())
                .andVerify((List<Map<String, Object>> rows) -> assertThat(rows).singleElement().satisfies(row -> {
                    assertThat(row.get("NUMBER")).isEqualTo("P-2026-990001");
                    assertThat(row.get("COMMUNITY_CODE")).isEqualTo(COMMUNITY);
                    assertThat(row.get("STATUS")).isEqualTo("RECEIVED");
                    assertThat(((Number) row.get("REVISION")).intValue()).isEqualTo(3);
                }));
    }
}
