package org.zhuye.platform.database.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * A base backup of a running PostgreSQL server through its SQL-level API, for servers without a bundled
 * pg_basebackup (the embedded binaries hold only initdb, pg_ctl and postgres): {@code pg_backup_start},
 * a copy of the data directory while the server keeps writing, {@code pg_backup_stop}, whose backup_label
 * tells recovery where to begin, and the WAL written in between, which repairs every page the copy caught
 * mid-write. The result starts as a server by itself: crash recovery from backup_label replays that WAL.
 *
 * <p>The server must run with {@code wal_level} replica or logical, and this process must be able to read
 * its data directory (the same machine and account). A temporary replication slot, taken before the start,
 * keeps the server from recycling the WAL the backup needs until the copy is done; it vanishes with the
 * session, so a backup that dies holds no WAL back.
 */
public final class OnlineBackup {

    /** The file beside the data copy that says what it is; {@link BackupRestore} requires it. */
    static final String MANIFEST = "zhuye-backup.properties";
    static final String DATA = "data";

    private final Connection connection;
    private final Path serverDirectory;

    /** {@code connection}: a superuser's (or pg_backup_start's grantee's) session on the server whose files are {@code serverDirectory}. */
    public OnlineBackup(Connection connection, Path serverDirectory) {
        this.connection = connection;
        this.serverDirectory = serverDirectory;
    }

    /** What a backup holds: the WAL range that makes it consistent and how much was copied. */
    public record Result(Path directory, String startLsn, String stopLsn, long files, long bytes, int walSegments) {
    }

    /** Writes the backup into {@code target}, which must be missing or empty. */
    public Result writeTo(Path target, String label) throws IOException, SQLException {
        requireEmpty(target);
        requireWalLevel();
        Files.createDirectories(target);
        Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        Path data = target.resolve(DATA);
        String slot = "zhuye_backup_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_create_physical_replication_slot('" + slot + "', true, true)");
        }
        try {
            String startLsn = single("SELECT CAST(pg_backup_start(?, true) AS text)", label);
            DataFileCopy copy = new DataFileCopy(serverDirectory, data);
            copy.run();
            String stopLsn;
            try (PreparedStatement stop = connection.prepareStatement(
                    "SELECT CAST(lsn AS text), labelfile, spcmapfile FROM pg_backup_stop(false)");
                 ResultSet rs = stop.executeQuery()) {
                rs.next();
                stopLsn = rs.getString(1);
                if (rs.getString(3) != null && !rs.getString(3).isBlank()) {
                    throw new IllegalStateException("数据库使用了数据目录之外的表空间，本备份只复制数据目录，无法完整备份");
                }
                Files.writeString(data.resolve("backup_label"), rs.getString(2), StandardCharsets.UTF_8);
            }
            int segments = copyWal(data, walFile(startLsn), walFile(stopLsn));
            writeManifest(target, label, startLsn, stopLsn, copy);
            return new Result(target, startLsn, stopLsn, copy.files(), copy.bytes(), segments);
        } finally {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_drop_replication_slot('" + slot + "')");
            }
        }
    }

    private void requireWalLevel() throws SQLException {
        String level = single("SELECT current_setting('wal_level')", null);
        if ("minimal".equals(level)) {
            throw new IllegalStateException("数据库的 wal_level 为 minimal，不能在线备份；请把 zhuye.database.wal-level 设为 replica 并重启");
        }
    }

    /**
     * Copies the segments from the start's through the stop's (pg_backup_stop switched to a new one, so
     * later writes fall outside), and the timeline history files recovery may ask for.
     */
    private int copyWal(Path data, String first, String last) throws IOException {
        Path source = serverDirectory.resolve("pg_wal");
        Path target = data.resolve("pg_wal");
        String timeline = first.substring(0, 8);
        int copied = 0;
        List<Path> files;
        try (var listing = Files.list(source)) {
            files = listing.sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            boolean segment = name.length() == 24 && name.startsWith(timeline)
                    && name.compareTo(first) >= 0 && name.compareTo(last) <= 0;
            if (segment || name.endsWith(".history")) {
                Files.copy(file, target.resolve(name));
                copied += segment ? 1 : 0;
            }
        }
        long perLogicalFile = 0x100000000L / walSegmentBytes();
        long expected = (Long.parseLong(last.substring(8, 16), 16) - Long.parseLong(first.substring(8, 16), 16)) * perLogicalFile
                + Long.parseLong(last.substring(16), 16) - Long.parseLong(first.substring(16), 16) + 1;
        if (copied != expected) {
            throw new IllegalStateException("备份所需的预写日志不全：应有 " + expected + " 个段文件，只找到 " + copied + " 个");
        }
        return copied;
    }

    private long walSegmentBytes() {
        try {
            return Long.parseLong(single("SELECT setting FROM pg_settings WHERE name = 'wal_segment_size'", null));
        } catch (SQLException e) {
            throw new IllegalStateException("无法读取 wal_segment_size", e);
        }
    }

    private String walFile(String lsn) throws SQLException {
        return single("SELECT pg_walfile_name(CAST(? AS pg_lsn))", lsn);
    }

    private void writeManifest(Path target, String label, String startLsn, String stopLsn, DataFileCopy copy)
            throws IOException, SQLException {
        Properties manifest = new Properties();
        manifest.setProperty("label", label);
        manifest.setProperty("created-at", OffsetDateTime.now().toString());
        manifest.setProperty("server-version", single("SHOW server_version", null));
        manifest.setProperty("start-lsn", startLsn);
        manifest.setProperty("stop-lsn", stopLsn);
        manifest.setProperty("files", Long.toString(copy.files()));
        manifest.setProperty("bytes", Long.toString(copy.bytes()));
        try (var out = Files.newBufferedWriter(target.resolve(MANIFEST), StandardCharsets.UTF_8)) {
            manifest.store(out, "Zhuye online base backup; restore with: java -jar zhuye.jar --restore <this directory>");
        }
    }

    private String single(String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    static void requireEmpty(Path target) throws IOException {
        if (Files.exists(target)) {
            try (var entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException("目标目录 " + target + " 不是空目录；请指定新的目录，以免覆盖已有文件");
                }
            }
        }
    }
}
