package org.zhuye.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.testing.ZhuyeTest;

@ZhuyeTest
class EmbeddedDatabaseTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataDirectory dataDirectory;

    @Test
    void theEmbeddedServerIsPostgres17WithDurableCommits() {
        assertThat(jdbc.sql("SHOW server_version").query(String.class).single()).startsWith("17.");
        assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("SHOW full_page_writes").query(String.class).single()).isEqualTo("on");
    }

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void aStatementIsPlannedWithItsValuesUnlessMarkedForAGenericPlan() throws Exception {
        assertThat(StatementPlansTest.genericPlansAfterTenRuns(dataSource, false)).as("unmarked: never kept prepared").isEmpty();
        assertThat(StatementPlansTest.genericPlansAfterTenRuns(dataSource, true)).as("marked: generic after five runs")
                .hasValueSatisfying(generic -> assertThat(generic).isPositive());
    }

    @Test
    void javaAndTheDatabaseAgreeThatTheDayTurnsAtMidnightInBeijing() {
        assertThat(java.util.TimeZone.getDefault().getID()).isEqualTo("Asia/Shanghai");
        assertThat(jdbc.sql("SHOW TimeZone").query(String.class).single()).isEqualTo("Asia/Shanghai");
        java.time.LocalDate before = java.time.LocalDate.now();
        java.time.LocalDate database = jdbc.sql("SELECT current_date").query(java.time.LocalDate.class).single();
        assertThat(database).isBetween(before, java.time.LocalDate.now());
    }

    @Test
    void itsDataLivesInTheConfiguredDirectory() {
        String dataDir = jdbc.sql("SHOW data_directory").query(String.class).single();
        assertThat(dataDir).isEqualTo(dataDirectory.dataDir().resolve("postgres").toString());
        assertThat(dataDirectory.dataDir().resolve("postgres/PG_VERSION")).exists();
    }

    @Test
    void theMigrationsHaveRun() {
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Long.class).single())
                .isGreaterThanOrEqualTo(2);
    }
}
