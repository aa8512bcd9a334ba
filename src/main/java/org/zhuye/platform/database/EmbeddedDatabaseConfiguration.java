package org.zhuye.platform.database;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL 17 inside the application when no external server is configured.
 *
 * <p>zonky tunes its server for throw-away test databases (fsync and synchronous_commit off);
 * Zhuye keeps real records in it, so both are switched back on.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDataSourceAbsent.class)
class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "zhuye";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DataDirectory dataDirectory) throws IOException {
        Path pgData = dataDirectory.resolve("postgres");
        new StalePostmaster(pgData).clear();
        return EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(dataDirectory.resolve("pg-binaries").toFile())
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "100")
                // Session-local, allocated only when a session uses temporary tables (imports stage
                // chunks of ~35 MB in one); the external database gets the same by connection-init-sql.
                .setServerConfig("temp_buffers", "64MB")
                // A province-sized import writes a few GB of WAL in one transaction; with the 1 GB
                // default every checkpoint in between makes the next change to each page log the
                // whole page again (full_page_writes). Space, not safety: commits stay synchronous.
                .setServerConfig("max_wal_size", "4GB")
                // One server, no replicas: WAL is kept only for crash recovery. A table emptied or
                // created in a transaction is then written without WAL and synced at commit —
                // what lets a first load of the registry skip logging every row (BulkLoad).
                .setServerConfig("wal_level", "minimal")
                .setServerConfig("max_wal_senders", "0")
                .setServerConfig("listen_addresses", "localhost")
                .setLocaleConfig("locale", "C.UTF-8")
                .start();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) throws SQLException {
        createDatabaseIfMissing(postgres);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
        config.setUsername("postgres");
        config.setMaximumPoolSize(10);
        config.setPoolName("zhuye-embedded");
        return new HikariDataSource(config);
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + DATABASE + " TEMPLATE template0 ENCODING 'UTF8'");
            }
        }
    }
}
