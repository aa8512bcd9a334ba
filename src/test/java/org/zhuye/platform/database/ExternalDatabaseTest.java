package org.zhuye.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.ZhuyeApplication;

/**
 * With {@code spring.datasource.url} set, Zhuye must use that server and start none of its own.
 * The "external" server here is a second PostgreSQL that the test starts itself.
 */
class ExternalDatabaseTest {

    @Test
    void aConfiguredServerIsUsedAndNoEmbeddedOneStarts() throws Exception {
        Path unusedDataDir = Files.createTempDirectory("zhuye-unused");
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            String url = external.getJdbcUrl("postgres", "postgres");
            try (ConfigurableApplicationContext context = SpringApplication.run(ZhuyeApplication.class,
                    "--server.port=0",
                    "--spring.datasource.url=" + url,
                    "--spring.datasource.username=postgres",
                    "--zhuye.data-dir=" + unusedDataDir,
                    "--zhuye.admin.initial-password=External-Steppe-2026",
                    "--zhuye.crypto.encryption-key=" + java.util.Base64.getEncoder().encodeToString(new byte[32]),
                    "--zhuye.crypto.lookup-key=" + java.util.Base64.getEncoder().encodeToString(new byte[32]))) {
                assertThat(context.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
                assertThat(Files.exists(unusedDataDir.resolve("postgres"))).isFalse();
                JdbcClient externalJdbc = JdbcClient.create(external.getPostgresDatabase());
                assertThat(externalJdbc.sql("SELECT count(*) FROM region WHERE level = 2").query(Long.class).single())
                        .isEqualTo(12);
                assertThat(externalJdbc.sql("SELECT username FROM app_user").query(String.class).list())
                        .containsExactly("admin");
                javax.sql.DataSource pool = context.getBean(javax.sql.DataSource.class);
                assertThat(StatementPlansTest.genericPlansAfterTenRuns(pool, false)).as("the external pool plans with values too").isEmpty();
                assertThat(StatementPlansTest.genericPlansAfterTenRuns(pool, true)).isPresent();
            }
        }
    }
}
