package org.zhuye.person.imports;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The registry tables' constraints and indexes as defined, to check that a bulk load puts every one back. */
final class RegistrySchema {

    private RegistrySchema() {
    }

    static List<String> of(JdbcClient jdbc) {
        return jdbc.sql("""
                SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
                WHERE conrelid IN ('person'::regclass, 'employment_event'::regclass)
                UNION ALL
                SELECT pg_get_indexdef(indexrelid) FROM pg_index
                WHERE indrelid IN ('person'::regclass, 'employment_event'::regclass)
                ORDER BY 1""").query(String.class).list();
    }
}
