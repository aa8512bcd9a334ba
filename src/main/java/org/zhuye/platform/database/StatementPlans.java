package org.zhuye.platform.database;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;

import javax.sql.DataSource;

import org.postgresql.PGStatement;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How PostgreSQL plans each statement the application prepares.
 * <p>
 * A statement is planned with its values on every run, unless it starts with {@link #GENERIC}. Optional filters
 * ({@code (? IS NULL OR col = ?)}) and region prefixes ({@code LIKE ?}) need this: a generic plan, priced without
 * the values, once turned a 0.5 s read of a year's training results into minutes. Such statements are sent unnamed
 * (the driver's prepareThreshold 0), and PostgreSQL plans an unnamed statement with its values.
 * <p>
 * A lookup by key (an account, a person by id, a person's history or household) has the same plan for every value,
 * and planning it again was most of its cost: on a person page, 86 % of PostgreSQL's time went to planning
 * (docs/benchmarks.md). Such a statement is marked {@link #GENERIC}: it stays prepared on its connection, and
 * PostgreSQL ({@code plan_cache_mode} auto, its default) moves to one generic plan after five runs.
 * {@code QueryPlanRuleTest} checks that the generic plan of every marked statement a page runs reads no registry
 * table in full.
 */
public final class StatementPlans {

    /** The mark of a statement whose generic plan serves every value; the SQL starts with it. */
    public static final String GENERIC = "/* generic plan */ ";

    private StatementPlans() {
    }

    /** Whether {@code sql} is marked {@link #GENERIC}. */
    public static boolean generic(String sql) {
        return sql.startsWith(GENERIC);
    }

    /** Every data source of the application prepares its statements as above. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        static BeanPostProcessor statementPlans() {
            return WrappingDataSource.everyDataSource(Planning.class, Planning::new);
        }
    }

    /** A data source whose connections prepare statements as above. */
    static final class Planning extends WrappingDataSource {

        Planning(DataSource target) {
            super(target);
        }

        @Override
        protected Connection wrap(Connection connection) {
            return planning(connection);
        }

        private static Connection planning(Connection connection) {
            return (Connection) Proxy.newProxyInstance(StatementPlans.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        Object result;
                        try {
                            result = method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                        if (result instanceof PreparedStatement statement && method.getName().equals("prepareStatement")
                                && !generic((String) args[0])) {
                            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
                        }
                        return result;
                    });
        }
    }
}
