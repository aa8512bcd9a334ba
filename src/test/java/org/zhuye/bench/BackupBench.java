package org.zhuye.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhuye.platform.database.backup.OnlineBackup;

/**
 * What the online backup costs (issue 15, point 7), on the embedded binaries with the embedded server's
 * durability settings: a first load into a table created in its transaction at {@code wal_level} minimal (the
 * earlier default, WAL skipped) and replica (the default now, which online backups need), the backup of the
 * loaded server, and the start of a server on the copy (crash recovery from its backup_label).
 *
 * <p>{@code mvn -Pbench test -Dtest=BackupBench [-Dzhuye.bench.rows=1000000]}
 */
class BackupBench {

    private static final int ROWS = Integer.getInteger("zhuye.bench.rows", 1_000_000);

    @TempDir
    Path dir;

    record Load(double seconds, long walBytes, long tableBytes) {
    }

    @Test
    void backupAndRestoreOfALoadedServer() throws Exception {
        Load minimal;
        try (EmbeddedPostgres server = server(dir.resolve("minimal"), "minimal")) {
            minimal = load(server);
        }
        Load replica;
        double backupSeconds;
        double restoreSeconds;
        OnlineBackup.Result backup;
        try (EmbeddedPostgres server = server(dir.resolve("replica"), "replica");
             Connection connection = server.getPostgresDatabase().getConnection()) {
            replica = load(server);
            long start = System.nanoTime();
            backup = new OnlineBackup(connection, dir.resolve("replica")).writeTo(dir.resolve("backup"), "bench");
            backupSeconds = (System.nanoTime() - start) / 1e9;
        }
        Files.move(dir.resolve("backup/data"), dir.resolve("restored"));
        long start = System.nanoTime();
        long restoredRows;
        try (EmbeddedPostgres restored = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("restored"))
                .setCleanDataDirectory(false).start();
             Connection connection = restored.getPostgresDatabase().getConnection()) {
            restoreSeconds = (System.nanoTime() - start) / 1e9;
            restoredRows = single(connection, "SELECT count(*) FROM loaded");
        }
        if (restoredRows != ROWS) {
            throw new IllegalStateException("restored " + restoredRows + " rows of " + ROWS);
        }
        String report = String.format(Locale.ROOT, """
                        ## Online backup and restore (issue 15)

                        `BackupBench` (`mvn -Pbench test -Dtest=BackupBench -Dzhuye.bench.rows=%d`), %s, %s; other engineers' \
                        builds ran on the machine at the same time, so compare the ratios of one run, not seconds across runs. \
                        A first load of %,d rows (%.0f MB of table) into a table created in the loading transaction, fsync and \
                        synchronous_commit on as in the embedded server:

                        | | load | WAL written |
                        |---|---|---|
                        | `wal_level = minimal` (earlier default) | %.1f s | %.0f MB |
                        | `wal_level = replica` (default now; online backup possible) | %.1f s | %.0f MB |
                        | ratio replica / minimal | %.2f× | %.0f× |

                        Online backup of the loaded server (`OnlineBackup`: pg_backup_start, copy, pg_backup_stop, WAL): \
                        %.1f s for %,d files, %.0f MB, %d WAL segments (%.0f MB/s). A server started on the copy (crash recovery \
                        from backup_label) answered after %.1f s with all %,d rows.
                        """, ROWS, BenchReport.machine(), LocalDate.now(), ROWS, replica.tableBytes / 1e6,
                minimal.seconds, minimal.walBytes / 1e6, replica.seconds, replica.walBytes / 1e6,
                replica.seconds / minimal.seconds, (double) replica.walBytes / Math.max(1, minimal.walBytes),
                backupSeconds, backup.files(), backup.bytes() / 1e6, backup.walSegments(), backup.bytes() / 1e6 / backupSeconds,
                restoreSeconds, restoredRows);
        System.out.println("\n" + report);
        BenchReport.write("## Online backup and restore (issue 15)", report);
    }

    private static EmbeddedPostgres server(Path data, String walLevel) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on").setServerConfig("max_wal_size", "4GB")
                .setServerConfig("wal_level", walLevel).setServerConfig("max_wal_senders", "0").start();
    }

    /** Rows about the width of a registry row, created and filled in one transaction as BulkLoad's first load is. */
    private static Load load(EmbeddedPostgres server) throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            String before = string(connection, "SELECT CAST(pg_current_wal_lsn() AS text)");
            long start = System.nanoTime();
            connection.setAutoCommit(false);
            statement.execute("CREATE TABLE loaded (id bigint PRIMARY KEY, region_code text, name text, certificate bytea, "
                    + "registered_on date)");
            statement.execute("INSERT INTO loaded SELECT g, '1501' || lpad(CAST(g % 100000 AS text), 8, '0'), md5(CAST(g AS text)), "
                    + "decode(md5(CAST(-g AS text)) || md5(CAST(g * 7 AS text)), 'hex'), DATE '2020-01-01' + g % 2000 "
                    + "FROM generate_series(1, " + ROWS + ") g");
            connection.commit();
            connection.setAutoCommit(true);
            double seconds = (System.nanoTime() - start) / 1e9;
            long wal = single(connection, "SELECT CAST(pg_current_wal_lsn() - CAST('" + before + "' AS pg_lsn) AS bigint)");
            return new Load(seconds, wal, single(connection, "SELECT pg_total_relation_size('loaded')"));
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        return Long.parseLong(string(connection, sql));
    }

    private static String string(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
