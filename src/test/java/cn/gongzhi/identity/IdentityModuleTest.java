package cn.gongzhi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.identity.RecordReaders.Kind;
import cn.gongzhi.support.WithoutEngine;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The identity module with the registry it derives from: who may read a record follows the demo registry (a
 * community's street is the registry's). {@link IdentitySync}, which writes Camunda's users and groups, is replaced:
 * it works on the engine's identity tables, which {@code IdentitySyncTest} checks with the engine running. The module
 * holds the HTTP security of our APIs, so it boots in a (mock) web application.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "shared")
@WithoutEngine
class IdentityModuleTest {

    @MockitoBean
    IdentityService identityService;

    @MockitoBean
    AuthorizationService authorizationService;

    @MockitoBean
    FilterService filterService;

    @MockitoBean
    TaskService taskService;

    @MockitoBean
    ProcessEngine processEngine;

    @MockitoBean
    IdentitySync sync;

    @Autowired
    RecordReaders readers;

    @Test
    void theStreetOfACommunityAndItsOwnWorkersReadItsPetitionsAndAnotherCommunitysDoNot() {
        assertThat(readers.mayRead(as(GroupIds.streetParty("qinghe")), Kind.PETITION, "heyuan", List.of()))
                .as("heyuan lies in qinghe street").isTrue();
        assertThat(readers.mayRead(as(GroupIds.workers("heyuan")), Kind.PETITION, "heyuan", List.of())).isTrue();
        assertThat(readers.mayRead(as(GroupIds.workers("liushu")), Kind.PETITION, "heyuan", List.of())).isFalse();
        assertThat(readers.mayRead(as(GroupIds.department("water")), Kind.PETITION, "heyuan", List.of("water")))
                .as("a department the petition involves").isTrue();
    }

    private static TestingAuthenticationToken as(String group) {
        return new TestingAuthenticationToken("someone", "secret", group);
    }
}
