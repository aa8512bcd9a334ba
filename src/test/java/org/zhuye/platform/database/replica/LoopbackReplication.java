package org.zhuye.platform.database.replica;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.zhuye.platform.database.backup.OnlineBackup;

/**
 * A PostgreSQL primary and a streaming replica on loopback, from the same PostgreSQL 17 binaries the
 * embedded server uses: the primary with {@code wal_level = replica}, WAL senders and a replication user
 * that signs in by password on loopback only; the standby made from an online base backup of the running
 * primary ({@link OnlineBackup}) with {@code standby.signal} and {@code primary_conninfo}, as an operator
 * would with pg_basebackup on a standard installation.
 */
final class LoopbackReplication implements AutoCloseable {

    private static final String REPLICATION_PASSWORD = "Replica-Steppe-2026";

    final EmbeddedPostgres primary;
    final EmbeddedPostgres standby;

    private LoopbackReplication(EmbeddedPostgres primary, EmbeddedPostgres standby) {
        this.primary = primary;
        this.standby = standby;
    }

    static LoopbackReplication start(Path dir) throws IOException, SQLException {
        EmbeddedPostgres primary = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("primary"))
                .setServerConfig("wal_level", "replica")
                .setServerConfig("max_wal_senders", "4")
                .setServerConfig("listen_addresses", "localhost")
                .start();
        try {
            Path standbyData = dir.resolve("standby");
            try (Connection connection = primary.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD '" + REPLICATION_PASSWORD + "'");
                Path primaryData = Path.of(single(statement, "SHOW data_directory"));
                // Replication connections by password, from loopback only; the test's own sessions stay trusted.
                Files.writeString(primaryData.resolve("pg_hba.conf"), """
                        local   all           all                        trust
                        host    all           all          127.0.0.1/32  trust
                        host    all           all          ::1/128       trust
                        host    replication   replicator   127.0.0.1/32  scram-sha-256
                        host    replication   replicator   ::1/128       scram-sha-256
                        """, StandardCharsets.UTF_8);
                statement.execute("SELECT pg_reload_conf()");
                Path backup = dir.resolve("base-backup");
                new OnlineBackup(connection, primaryData).writeTo(backup, "standby");
                Files.move(backup.resolve("data"), standbyData);
            }
            Files.writeString(standbyData.resolve("standby.signal"), "");
            Files.writeString(standbyData.resolve("postgresql.auto.conf"), "primary_conninfo = 'host=127.0.0.1 port="
                    + primary.getPort() + " user=replicator password=" + REPLICATION_PASSWORD + "'\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            EmbeddedPostgres standby = EmbeddedPostgres.builder()
                    .setDataDirectory(standbyData)
                    .setCleanDataDirectory(false)
                    .setServerConfig("hot_standby", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            return new LoopbackReplication(primary, standby);
        } catch (IOException | SQLException | RuntimeException e) {
            primary.close();
            throw e;
        }
    }

    /**
     * The primary's WAL position after everything committed so far. The insert position, not the write
     * position: zonky's servers commit asynchronously, so a commit may still sit in the WAL buffers.
     */
    String primaryLsn() throws SQLException {
        try (Connection connection = primary.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            return single(statement, "SELECT CAST(pg_current_wal_insert_lsn() AS text)");
        }
    }

    /**
     * Waits, at most {@code limit}, until the standby has replayed the primary's WAL up to {@code lsn}: a
     * write committed on the primary is then visible to reads on the replica.
     */
    boolean awaitReplay(String lsn, Duration limit) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        try (Connection connection = standby.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            while (true) {
                try (ResultSet rs = statement.executeQuery(
                        "SELECT coalesce(pg_last_wal_replay_lsn() >= CAST('" + lsn + "' AS pg_lsn), false)")) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return true;
                    }
                }
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(50);
            }
        }
    }

    /** Stops applying WAL on the standby (it keeps receiving it), so that what it serves stays as it is. */
    void pauseReplay() throws SQLException {
        onStandby("SELECT pg_wal_replay_pause()");
    }

    void resumeReplay() throws SQLException {
        onStandby("SELECT pg_wal_replay_resume()");
    }

    private void onStandby(String sql) throws SQLException {
        try (Connection connection = standby.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Override
    public void close() throws IOException {
        try (primary; standby) {
            // the standby stops first, then the primary it streams from
        }
    }
}
