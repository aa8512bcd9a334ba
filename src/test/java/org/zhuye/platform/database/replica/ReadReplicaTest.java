package org.zhuye.platform.database.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuye.ZhuyeApplication;
import org.zhuye.institution.Institution;
import org.zhuye.region.Jurisdiction;
import org.zhuye.training.provider.Providers;

/**
 * Zhuye on an external primary with a streaming replica beside it: read-only transactions are served by
 * the replica, everything else by the primary, and a write is seen through the replica once it has
 * replayed that far.
 */
class ReadReplicaTest {

    @TempDir
    Path dir;

    @Test
    void readOnlyTransactionsAreServedByTheReplicaAndSeeAWriteOnceItHasReplayed() throws Exception {
        try (LoopbackReplication servers = LoopbackReplication.start(dir);
             ConfigurableApplicationContext context = SpringApplication.run(ZhuyeApplication.class,
                     "--server.port=0",
                     "--spring.datasource.url=" + servers.primary.getJdbcUrl("postgres", "postgres"),
                     "--spring.datasource.username=postgres",
                     "--zhuye.datasource.replica.url=" + servers.standby.getJdbcUrl("postgres", "postgres"),
                     "--zhuye.data-dir=" + dir.resolve("zhuye"),
                     "--zhuye.admin.initial-password=Replica-Steppe-2026",
                     "--zhuye.crypto.encryption-key=" + Base64.getEncoder().encodeToString(new byte[32]),
                     "--zhuye.crypto.lookup-key=" + Base64.getEncoder().encodeToString(new byte[32]))) {
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            TransactionTemplate readOnly = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            readOnly.setReadOnly(true);
            TransactionTemplate readWrite = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            assertThat(servers.awaitReplay(servers.primaryLsn(), Duration.ofSeconds(30))).isTrue();

            Boolean readOnlyOnReplica = readOnly.execute(s -> jdbc.sql("SELECT pg_is_in_recovery()").query(Boolean.class).single());
            Boolean readWriteOnReplica = readWrite.execute(s -> jdbc.sql("SELECT pg_is_in_recovery()").query(Boolean.class).single());
            assertThat(readOnlyOnReplica).isTrue();
            assertThat(readWriteOnReplica).isFalse();
            assertThat(jdbc.sql("SELECT pg_is_in_recovery()").query(Boolean.class).single()).isFalse();

            // With replay paused, the replica keeps the state before the write: a read-only service
            // that does not see the new row was served by the replica.
            servers.pauseReplay();
            String region = jdbc.sql("SELECT min(code) FROM region WHERE level = 2").query(String.class).single();
            jdbc.sql("""
                            INSERT INTO institution (kind, name, region_code, address, capacity, opened_on, created_by, updated_by)
                            VALUES ('TRAINING_BASE', '副本演示培训基地', :region, '呼和浩特市', 30, DATE '2024-03-01', 'test', 'test')""")
                    .param("region", region).update();
            String written = servers.primaryLsn();
            Providers providers = context.getBean(Providers.class);
            assertThat(providers.institutionsToTakeOn(Jurisdiction.of(region))).extracting(Institution::name)
                    .doesNotContain("副本演示培训基地");

            servers.resumeReplay();
            assertThat(servers.awaitReplay(written, Duration.ofSeconds(30))).isTrue();
            assertThat(providers.institutionsToTakeOn(Jurisdiction.of(region))).extracting(Institution::name)
                    .contains("副本演示培训基地");
        }
    }
}
