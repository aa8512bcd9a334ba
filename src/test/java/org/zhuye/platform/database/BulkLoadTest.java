package org.zhuye.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuye.testing.ZhuyeTest;

@ZhuyeTest
class BulkLoadTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theRegistryTablesGetBackEveryIndexAndConstraintExactlyAsDefined() {
        List<String> before = schemaOf("person", "employment_event");
        inRolledBackTransaction(() -> {
            BulkLoad load = BulkLoad.begin(jdbc, "5s", List.of("person", "employment_event"), Set.of());
            assertThat(load).isNotNull();
            assertThat(schemaOf("person", "employment_event"))
                    .as("only the primary keys and check constraints stay during the load")
                    .allMatch(line -> line.contains("PRIMARY KEY") || line.contains("CHECK") || line.contains("_pkey ON"));
            load.finish();
            assertThat(schemaOf("person", "employment_event")).containsExactlyElementsOf(before);
        });
        assertThat(schemaOf("person", "employment_event")).containsExactlyElementsOf(before);
    }

    @Test
    void aRowLoadedWithoutItsForeignKeyBeingTrueFailsTheLoad() {
        jdbc.sql("CREATE TABLE IF NOT EXISTS bulk_parent (id int PRIMARY KEY, code text UNIQUE)").update();
        jdbc.sql("CREATE TABLE IF NOT EXISTS bulk_child (id int PRIMARY KEY, parent int REFERENCES bulk_parent (id), "
                + "label text)").update();
        jdbc.sql("CREATE INDEX IF NOT EXISTS bulk_child_label_idx ON bulk_child (label)").update();
        assertThatThrownBy(() -> inTransaction(() -> {
            BulkLoad load = BulkLoad.begin(jdbc, "5s", List.of("bulk_child"), Set.of());
            jdbc.sql("INSERT INTO bulk_child VALUES (1, 42, 'orphan')").update();
            load.finish();
        })).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM bulk_child").query(Long.class).single()).isZero();
        assertThat(schemaOf("bulk_child")).anyMatch(line -> line.contains("FOREIGN KEY (parent)"))
                .anyMatch(line -> line.contains("bulk_child_label_idx"));
    }

    @Test
    void indexesAndConstraintsNamedToKeepStayThroughTheLoad() {
        jdbc.sql("CREATE TABLE IF NOT EXISTS bulk_keep (id int PRIMARY KEY, code text UNIQUE, label text)").update();
        jdbc.sql("CREATE INDEX IF NOT EXISTS bulk_keep_label_idx ON bulk_keep (label)").update();
        inRolledBackTransaction(() -> {
            BulkLoad.begin(jdbc, "5s", List.of("bulk_keep"), Set.of("bulk_keep_code_key"));
            assertThat(schemaOf("bulk_keep")).anyMatch(line -> line.contains("UNIQUE (code)"))
                    .noneMatch(line -> line.contains("bulk_keep_label_idx"));
        });
    }

    @Test
    void aUniqueKeyThatAForeignKeyReferencesIsLeftInPlace() {
        jdbc.sql("CREATE TABLE IF NOT EXISTS bulk_code (code text UNIQUE, note text)").update();
        jdbc.sql("CREATE TABLE IF NOT EXISTS bulk_code_use (code text REFERENCES bulk_code (code))").update();
        inRolledBackTransaction(() -> {
            BulkLoad.begin(jdbc, "5s", List.of("bulk_code"), Set.of());
            assertThat(schemaOf("bulk_code")).anyMatch(line -> line.contains("UNIQUE (code)"));
        });
    }

    @Test
    void aTableAnotherSessionHoldsIsNotTakenAndNothingChanges() throws Exception {
        jdbc.sql("CREATE TABLE IF NOT EXISTS bulk_busy (id int PRIMARY KEY, label text)").update();
        jdbc.sql("CREATE INDEX IF NOT EXISTS bulk_busy_label_idx ON bulk_busy (label)").update();
        List<String> before = schemaOf("bulk_busy");
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            other.createStatement().execute("LOCK TABLE bulk_busy IN ACCESS SHARE MODE");
            inRolledBackTransaction(() -> {
                assertThat(BulkLoad.begin(jdbc, "200ms", List.of("bulk_busy"), Set.of())).isNull();
                // The transaction is still usable after the refused lock.
                assertThat(jdbc.sql("SELECT count(*) FROM bulk_busy").query(Long.class).single()).isZero();
            });
            other.rollback();
        }
        assertThat(schemaOf("bulk_busy")).containsExactlyElementsOf(before);
    }

    @Test
    void aLoadStartsAfreshOnlyWhenItsTablesAndEveryTablePointingAtThemAreEmpty() {
        jdbc.sql("CREATE TABLE IF NOT EXISTS bulk_fresh (id int PRIMARY KEY, label text)").update();
        jdbc.sql("CREATE TABLE IF NOT EXISTS bulk_fresh_use (id int PRIMARY KEY, fresh int REFERENCES bulk_fresh (id))").update();
        jdbc.sql("CREATE TABLE IF NOT EXISTS bulk_fresh_note (use_id int REFERENCES bulk_fresh_use (id), note text)").update();
        inRolledBackTransaction(() -> {
            // A row two tables away that points at no row of the loaded table still keeps it from being truncated.
            jdbc.sql("INSERT INTO bulk_fresh_use VALUES (1, NULL)").update();
            jdbc.sql("INSERT INTO bulk_fresh_note VALUES (1, 'kept')").update();
            long file = fileOf("bulk_fresh");
            BulkLoad load = BulkLoad.begin(jdbc, "5s", List.of("bulk_fresh"), Set.of());

            assertThat(load.startAfreshIfEmpty()).isFalse();
            assertThat(jdbc.sql("SELECT note FROM bulk_fresh_note").query(String.class).list()).containsExactly("kept");
            assertThat(fileOf("bulk_fresh")).isEqualTo(file);

            jdbc.sql("DELETE FROM bulk_fresh_note").update();
            jdbc.sql("DELETE FROM bulk_fresh_use").update();
            assertThat(load.startAfreshIfEmpty()).isTrue();
            assertThat(fileOf("bulk_fresh")).as("a new file, written without WAL until commit").isNotEqualTo(file);
            load.finish();
        });
    }

    private long fileOf(String table) {
        return jdbc.sql("SELECT pg_relation_filenode(CAST(:table AS regclass))").param("table", table)
                .query(Long.class).single();
    }

    private List<String> schemaOf(String... tables) {
        return jdbc.sql("""
                        SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
                        WHERE conrelid = ANY (CAST(:tables AS regclass[]))
                        UNION ALL
                        SELECT pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid = ANY (CAST(:tables AS regclass[]))
                        ORDER BY 1
                        """)
                .param("tables", "{" + String.join(",", tables) + "}")
                .query(String.class).list();
    }

    private void inRolledBackTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            work.run();
            status.setRollbackOnly();
        });
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }
}
