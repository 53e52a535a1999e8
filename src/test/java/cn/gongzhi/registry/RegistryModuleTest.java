package cn.gongzhi.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongzhi.registry.RegistryService.GridRef;
import cn.gongzhi.support.WithoutEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/** The registry module on its own (with shared, its one dependency): its API answers from the demo registry. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "shared",
        webEnvironment = WebEnvironment.NONE)
@WithoutEngine
class RegistryModuleTest {

    @Autowired
    RegistryService registry;

    @Autowired
    LocationRouter locations;

    @Test
    void looksUpADemoCommunityItsStreetAndItsGrids() {
        assertThat(registry.community("heyuan")).hasValueSatisfying(community -> {
            assertThat(community.name()).isEqualTo("和园社区");
            assertThat(community.type()).isEqualTo(CommunityType.URBAN);
            assertThat(community.streetCode()).isEqualTo("qinghe");
        });
        assertThat(registry.streetOf("heyuan")).contains("qinghe");
        assertThat(registry.grids("heyuan")).extracting(GridRef::code).contains("heyuan-g1");
        assertThat(registry.community("nowhere")).isEmpty();
    }

    @Test
    void findsAStreetsCommunitiesAndItsNameByCode() {
        assertThat(registry.communitiesOf(java.util.List.of("qinghe")))
                .extracting(RegistryService.CommunityRef::code).contains("heyuan", "liushu")
                .containsExactlyElementsOf(registry.communities().stream().filter(c -> "qinghe".equals(c.streetCode()))
                        .map(RegistryService.CommunityRef::code).toList());
        assertThat(registry.communitiesOf(java.util.List.of("qinghe"))).allMatch(c -> "qinghe".equals(c.streetCode()));
        assertThat(registry.communitiesOf(java.util.List.of("nowhere"))).isEmpty();
        assertThat(registry.streetName("qinghe")).contains("清河街道");
        assertThat(registry.streetName("nowhere")).isEmpty();
    }
}
