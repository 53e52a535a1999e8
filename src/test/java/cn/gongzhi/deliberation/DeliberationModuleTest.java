package cn.gongzhi.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongzhi.identity.RecordReaders;
import cn.gongzhi.registry.ActiveMembers;
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
 * The deliberation module on its own, the registry and identity mocked: it boots from its own beans and tables; its
 * API answers a deliberation it does not have as not found, and the board names no notice about a matter it never
 * published. What a deliberation does is its process tests', which need the engine.
 */
@ApplicationModuleTest(extraIncludes = "shared", webEnvironment = WebEnvironment.NONE)
@WithoutEngine
class DeliberationModuleTest {

    @MockitoBean
    RuntimeService runtimeService;

    @MockitoBean
    RegistryService registry;

    @MockitoBean
    ActiveMembers activeMembers;

    @MockitoBean
    RecordReaders readers;

    @Autowired
    DeliberationService deliberations;

    @Autowired
    DisclosureService disclosures;

    @Test
    void aDeliberationItDoesNotHaveIsNotFoundAndHasNoNotices() {
        assertThatThrownBy(() -> deliberations.find("D-2026-999999")).isInstanceOf(RecordNotFoundException.class)
                .hasMessageContaining("议事事项");
        assertThat(disclosures.about("P-2026-999999")).isEmpty();
    }
}
