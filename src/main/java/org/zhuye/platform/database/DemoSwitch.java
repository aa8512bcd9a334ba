package org.zhuye.platform.database;

import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whether one module's demo data runs: its property {@code zhuye.demo.<part>} is true and the database is the
 * embedded one (a configured server is someone's real data), with the shared seed {@code zhuye.demo.seed}. Each
 * module keeps one subclass as a bean in its root package, which its demo runners ask rather than each reading
 * the properties.
 */
public abstract class DemoSwitch {

    private static final Logger log = LoggerFactory.getLogger(DemoSwitch.class);
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

    /**
     * The opening of a runner that fills one table once: whether this switch is on and {@code table} is still
     * empty. Demo data goes only into empty tables, so a restart, or data someone entered, is never added to;
     * a skipped run says why in the log (a switch that is off, the normal case, says nothing).
     *
     * @param table a table name from the runner's code, never from input
     * @param what  what the runner makes, as its log lines name it (演示通报, 演示等级评定)
     */
    public boolean intoEmpty(JdbcClient jdbc, String table, String what) {
        if (!enabled) {
            return false;
        }
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + table + ")").query(Boolean.class).single()) {
            log.info("未生成{}：{} 表中已有数据", what, table);
            return false;
        }
        return true;
    }

    /**
     * {@link #intoEmpty}, then the account the runner acts as (its records audited as made by a region's
     * administrator, through the production services): empty when the run is skipped or there is no such
     * account. The account is looked up by the module's own means, since the platform knows no accounts.
     */
    public <A> Optional<A> intoEmptyAs(JdbcClient jdbc, String table, String what, Supplier<Optional<A>> administrator) {
        if (!intoEmpty(jdbc, table, what)) {
            return Optional.empty();
        }
        Optional<A> admin = administrator.get();
        if (admin.isEmpty()) {
            log.warn("未生成{}：没有自治区级的系统管理员账号", what);
        }
        return admin;
    }
}
