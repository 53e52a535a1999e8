package cn.gongzhi.escalation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongzhi.identity.RecordReaders;
import cn.gongzhi.petition.PetitionService;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.shared.RecordNotFoundException;
import cn.gongzhi.support.WithoutEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The escalation module on its own, the petitions, the registry and identity mocked: it boots from its own beans and
 * tables, and its API answers an escalation it does not have as not found, in Chinese. What an escalation does is
 * {@code JointMeetingEscalationProcessTest}'s and {@code EscalationFlowTest}'s, which need the engine.
 */
@ApplicationModuleTest(extraIncludes = "shared", webEnvironment = WebEnvironment.NONE)
@WithoutEngine
class EscalationModuleTest {

    @MockitoBean
    RuntimeService runtimeService;

    @MockitoBean
    PetitionService petitions;

    @MockitoBean
    RegistryService registry;

    @MockitoBean
    RecordReaders readers;

    @Autowired
    EscalationService escalations;

    @Test
    void anEscalationItDoesNotHaveIsNotFound() {
        assertThatThrownBy(() -> escalations.find("E-2026-999999")).isInstanceOf(RecordNotFoundException.class)
                .hasMessageContaining("吹哨事项").hasMessageContaining("E-2026-999999");
    }
}
