package cn.gongzhi;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Modules only use each other's public API (their root package) and do not depend on each other in a cycle. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(GongzhiApplication.class);

    @Test
    void modulesKeepToTheirPublicApi() {
        modules.verify();
    }
}
