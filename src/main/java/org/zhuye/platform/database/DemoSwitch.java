package org.zhuye.platform.database;

import org.springframework.core.env.Environment;

/**
 * Whether one module's demo data runs: its property {@code zhuye.demo.<part>} is true and the database is the
 * embedded one (a configured server is someone's real data), with the shared seed {@code zhuye.demo.seed}. Each
 * module keeps one subclass as a bean in its root package, which its demo runners ask rather than each reading
 * the properties.
 */
public abstract class DemoSwitch {

    private final boolean enabled;
    private final long seed;

    protected DemoSwitch(Environment environment, String part) {
        String datasourceUrl = environment.getProperty("spring.datasource.url", "");
        this.enabled = environment.getProperty("zhuye.demo." + part, Boolean.class, false) && datasourceUrl.isBlank();
        this.seed = environment.getProperty("zhuye.demo.seed", Long.class, 15L);
    }

    public boolean enabled() {
        return enabled;
    }

    public long seed() {
        return seed;
    }
}
