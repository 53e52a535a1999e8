package cn.gongzhi.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import cn.gongzhi.deliberation.DisclosureService;
import cn.gongzhi.identity.HistoryAccessPlugin;
import cn.gongzhi.identity.RecordReaders;
import cn.gongzhi.petition.domain.PetitionRegistration;
import cn.gongzhi.registry.CommunityType;
import cn.gongzhi.registry.LocationRouter;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.registry.RegistryService.GridRef;
import cn.gongzhi.support.WithoutEngine;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The petition module on its own, the registry, identity and the disclosure board mocked: filing a petition records it
 * and publishes its snapshot, {@link PetitionChanged}, which supervision's figures are fed from. The engine is off here,
 * so the test calls what the process's first step calls for every channel, {@link PetitionRegistration#register}. The petition is
 * deleted afterwards, so that it does not stay in the shared test database.
 */
@ApplicationModuleTest(extraIncludes = "shared", webEnvironment = WebEnvironment.NONE)
@WithoutEngine
class PetitionModuleTest {

    @MockitoBean(answers = Answers.RETURNS_DEEP_STUBS)
    RuntimeService runtime;

    @MockitoBean
    RepositoryService repository;

    @MockitoBean
    RegistryService registry;

    @MockitoBean
    LocationRouter locations;

    @MockitoBean
    RecordReaders readers;

    @MockitoBean
    DisclosureService notices;

    @MockitoBean
    HistoryAccessPlugin historyAccess;

    @Autowired
    PetitionRegistration registration;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    private String filed;

    @AfterEach
    void removeThePetition() {
        jdbc.update("delete from petition_event where petition_id in (select id from petition where number = ?)", filed);
        jdbc.update("delete from petition where number = ?", filed);
    }

    @Test
    void filingAPetitionPublishesItsSnapshot(PublishedEvents events) {
        when(registry.community("heyuan"))
                .thenReturn(Optional.of(new CommunityRef("heyuan", "和园社区", CommunityType.URBAN, "qinghe")));
        when(registry.grid("heyuan-g1"))
                .thenReturn(Optional.of(new GridRef("heyuan-g1", "和园第一网格", "heyuan", "zhangwei")));

        PetitionRegistration.Registered registered = transactions.execute(t -> registration.register(
                new PetitionSubmission("NOISE", "heyuan", "heyuan-g1", "5号楼", null, null, "夜间施工噪音", "张三",
                        "13912345678", null, PetitionChannel.HOTLINE, "12345市民服务热线"), null, "instance-1"));
        filed = registered.number();

        assertThat(events.ofType(PetitionChanged.class).matching(e -> registered.number().equals(e.number())))
                .singleElement().satisfies(changed -> {
                    assertThat(changed.place().communityCode()).isEqualTo("heyuan");
                    assertThat(changed.place().categoryCode()).isEqualTo("NOISE");
                    assertThat(changed.outcome().status()).isEqualTo(PetitionStatus.RECEIVED);
                });
    }
}
