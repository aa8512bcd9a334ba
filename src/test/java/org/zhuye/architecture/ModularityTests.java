package org.zhuye.architecture;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.zhuye.ZhuyeApplication;

/** Top-level packages are modules: no cycles, and no reaching into another module's internals. */
class ModularityTests {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(ZhuyeApplication.class).verify();
    }
}
