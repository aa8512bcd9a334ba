package org.zhuye.platform.database;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    /**
     * {@code startupWait}: how long the server may take to accept connections. zonky's default of 10 s
     * is too short for crash recovery after a large load (22–45 s of WAL replay here): it would stop
     * the server mid-recovery, and every later start would begin the replay again.
     */
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DataDirectory dataDirectory,
                                      @Value("${zhuye.database.startup-wait:PT30M}") Duration startupWait,
                                      @Value("${zhuye.database.wal-level:replica}") String walLevel)
            throws IOException, SQLException {
        return start(dataDirectory, startupWait, walLevel);
    }

    static EmbeddedPostgres start(DataDirectory dataDirectory, Duration startupWait) throws IOException, SQLException {
        return start(dataDirectory, startupWait, "replica");
    }

    /**
     * Starts (or recovers) the server of {@code dataDirectory}, reachable by its owner's password only.
     *
     * <p>{@code walLevel}: {@code replica} (the default) logs every change, which the online backup
     * ({@code --backup}, {@code pg_backup_start}) needs. {@code minimal} lets a first load into empty tables
     * skip the WAL (BulkLoad), writing each row once instead of twice, but then no online backup can be
     * taken: an operator may choose it for the first national-sized import and switch back after.
     */
    static EmbeddedPostgres start(DataDirectory dataDirectory, Duration startupWait, String walLevel)
            throws IOException, SQLException {
        if (!walLevel.equals("replica") && !walLevel.equals("minimal")) {
            throw new IllegalArgumentException("zhuye.database.wal-level 只能是 replica（可在线备份，默认）或 minimal（首次大批导入更快，不能在线备份），而不是 " + walLevel);
        }
        Path pgData = dataDirectory.resolve("postgres");
        if (new StalePostmaster(pgData).clear()) {
            log.warn("数据库上次未正常关闭，启动时先进行崩溃恢复（重放预写日志）。数据量大时需要几分钟，请勿中断（最长等待 {}）",
                    startupWait);
        }
        LocalAccess access = new LocalAccess(dataDirectory.dataDir());
        String password = access.password();
        Path binaries = dataDirectory.resolve("pg-binaries");
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPGStartupWait(startupWait)
                // Stopped by whoever started it (the context closes its bean after every bean that uses the
                // database, such as the overview saving its snapshot on stop); zonky's own JVM shutdown hook
                // would stop the server at the same moment as the context's, under those beans' feet.
                .setRegisterShutdownHook(false)
                // zonky's own connections (the start-up check) sign in like the application.
                .setConnectConfig("password", password)
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binaries.toFile())
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
                // One server, no replicas: WAL serves crash recovery and the online backup, which
                // reads it through pg_backup_start and a temporary slot (no WAL sender needed).
                .setServerConfig("wal_level", walLevel)
                .setServerConfig("max_wal_senders", "0")
                // Loopback only: the server is for this application on this machine.
                .setServerConfig("listen_addresses", "localhost")
                .setLocaleConfig("locale", "C.UTF-8")
                .start();
        // zonky makes its binaries directory writable by everyone at each start; the data directory
        // holds the registry. Both are the owner's alone, as is the directory above them.
        LocalAccess.ownerOnly(binaries);
        Files.setPosixFilePermissions(pgData, PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(dataDirectory.dataDir(), PosixFilePermissions.fromString("rwx------"));
        access.requirePassword(postgres, pgData, password);
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres, DataDirectory dataDirectory) throws SQLException, IOException {
        createDatabaseIfMissing(postgres);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
        config.setUsername("postgres");
        config.setPassword(new LocalAccess(dataDirectory.dataDir()).password());
        config.setMaximumPoolSize(10);
        // With the server down (crashed, recovering) a request waits this long for a connection before it
        // is answered 503; Hikari's 30 s default would leave callers hanging.
        config.setConnectionTimeout(10_000);
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
