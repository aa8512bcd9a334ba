package org.zhuye.platform.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A large load into tables whose indexes and foreign keys are taken off for the load and put back,
 * from their own definitions, before the transaction ends — PostgreSQL's advice for populating a
 * table ("Populating a Database"): building an index once over all rows is far cheaper than
 * maintaining it row by row, and re-adding a foreign key checks every row in one join instead
 * of one trigger query a row.
 *
 * <p>Everything happens in the caller's transaction, so a failure or a crash leaves the schema
 * as it was. The tables are locked exclusively until that transaction ends: readers wait. That
 * is why {@link #begin} takes the lock only if it can within a few seconds, and callers use this
 * only for loads that at least double a table, such as the first load of a registry.
 *
 * <p>Primary keys stay (other tables' foreign keys depend on them), as do unique constraints
 * that a foreign key references.
 */
public final class BulkLoad {

    private final JdbcClient jdbc;
    private final List<String> tables;
    private final String lockTimeout;
    private final List<String> restore = new ArrayList<>();

    private BulkLoad(JdbcClient jdbc, List<String> tables, String lockTimeout) {
        this.jdbc = jdbc;
        this.tables = tables;
        this.lockTimeout = lockTimeout;
    }

    /**
     * Locks {@code tables} and drops their secondary indexes, unique and foreign-key constraints,
     * except those named in {@code keep}; answers null, with nothing changed, if another session
     * holds a lock on them for longer than {@code lockTimeout} (a PostgreSQL interval such as {@code '5s'}).
     */
    public static BulkLoad begin(JdbcClient jdbc, String lockTimeout, List<String> tables, Set<String> keep) {
        if (!lock(jdbc, lockTimeout, tables)) {
            return null;
        }
        BulkLoad load = new BulkLoad(jdbc, tables, lockTimeout);
        // Foreign keys first (they may lean on a unique index dropped below), and back last.
        List<String> drops = new ArrayList<>();
        List<String> foreignKeys = new ArrayList<>();
        for (String table : tables) {
            for (Definition fk : load.constraints(table, "f", keep)) {
                drops.add(fk.drop());
                foreignKeys.add(fk.create());
            }
        }
        for (String table : tables) {
            for (Definition unique : load.constraints(table, "u", keep)) {
                drops.add(unique.drop());
                load.restore.add(unique.create());
            }
            for (Definition index : load.indexes(table, keep)) {
                drops.add(index.drop());
                load.restore.add(index.create());
            }
        }
        load.restore.addAll(foreignKeys);
        drops.forEach(sql -> jdbc.sql(sql).update());
        return load;
    }

    /**
     * If the tables and every table whose foreign keys lead to them are empty, truncates them all:
     * nothing is lost, and each gets a new file in this transaction, which PostgreSQL, at
     * {@code wal_level = minimal}, fills without writing WAL and syncs to disk at commit ("Populating
     * a Database"): a first load then writes its rows once instead of twice. Answers whether it did;
     * with a row anywhere, or a table it cannot lock within the timeout, it changes nothing.
     */
    public boolean startAfreshIfEmpty() {
        List<String> family = referencingClosure();
        for (String table : family) {
            if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + table + ")").query(Boolean.class).single()) {
                return false;
            }
        }
        if (!lock(jdbc, lockTimeout, family)) {
            return false;
        }
        jdbc.sql("TRUNCATE " + String.join(", ", family)).update();
        return true;
    }

    /** The tables and, transitively, every table with a foreign key to one of them. */
    private List<String> referencingClosure() {
        return jdbc.sql("""
                        WITH RECURSIVE family(rel) AS (
                            SELECT CAST(t AS regclass) FROM unnest(CAST(:tables AS text[])) t
                            UNION
                            SELECT c.conrelid FROM pg_constraint c JOIN family f ON c.confrelid = f.rel
                            WHERE c.contype = 'f'
                        )
                        SELECT CAST(rel AS regclass)::text FROM family ORDER BY 1
                        """)
                .param("tables", tables.toArray(String[]::new))
                .query(String.class).list();
    }

    private static boolean lock(JdbcClient jdbc, String lockTimeout, List<String> tables) {
        jdbc.sql("SAVEPOINT bulk_load_lock").update();
        try {
            jdbc.sql("SELECT set_config('lock_timeout', :timeout, true)").param("timeout", lockTimeout)
                    .query((rs, i) -> 1).single();
            jdbc.sql("LOCK TABLE " + String.join(", ", tables) + " IN ACCESS EXCLUSIVE MODE").update();
        } catch (DataAccessException busy) {
            jdbc.sql("ROLLBACK TO SAVEPOINT bulk_load_lock").update();
            return false;
        }
        jdbc.sql("SELECT set_config('lock_timeout', '0', true)").query((rs, i) -> 1).single();
        jdbc.sql("RELEASE SAVEPOINT bulk_load_lock").update();
        return true;
    }

    /** Builds the indexes and re-adds the constraints; a row that breaks one fails the transaction. */
    public void finish() {
        // Index builds sort the whole table; give them room for this transaction only.
        jdbc.sql("SELECT set_config('maintenance_work_mem', '256MB', true)").query((rs, i) -> 1).single();
        restore.forEach(sql -> jdbc.sql(sql).update());
        restore.clear();
    }

    private List<Definition> constraints(String table, String type, Set<String> keep) {
        return jdbc.sql("""
                        SELECT c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c
                        WHERE c.conrelid = CAST(:table AS regclass) AND c.contype = CAST(:type AS "char")
                          AND (c.contype <> 'u' OR NOT EXISTS (SELECT 1 FROM pg_constraint f
                                          WHERE f.contype = 'f' AND f.conindid = c.conindid))
                        ORDER BY c.conname
                        """)
                .param("table", table).param("type", type)
                .query((rs, i) -> new Definition(rs.getString(1),
                        "ALTER TABLE " + table + " DROP CONSTRAINT " + quote(rs.getString(1)),
                        "ALTER TABLE " + table + " ADD CONSTRAINT " + quote(rs.getString(1)) + " " + rs.getString(2)))
                .list().stream().filter(d -> !keep.contains(d.name())).toList();
    }

    /** Indexes that no constraint owns (the primary key's and unique constraints' go with them). */
    private List<Definition> indexes(String table, Set<String> keep) {
        return jdbc.sql("""
                        SELECT CAST(i.indexrelid AS regclass)::text, pg_get_indexdef(i.indexrelid) FROM pg_index i
                        WHERE i.indrelid = CAST(:table AS regclass)
                          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid
                                          AND c.conrelid = i.indrelid)
                        ORDER BY 1
                        """)
                .param("table", table)
                .query((rs, i) -> new Definition(rs.getString(1), "DROP INDEX " + rs.getString(1), rs.getString(2)))
                .list().stream().filter(d -> !keep.contains(d.name())).toList();
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private record Definition(String name, String drop, String create) {
    }
}
