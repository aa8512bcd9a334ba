package org.zhuye.platform.database.backup;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Copies a live data directory for a base backup, leaving out what pg_basebackup leaves out: files of the
 * running server (its pid, options and logs), directories whose contents are rebuilt at start (temporary
 * statistics, shared-memory segments, notifications, snapshots, subtransactions, replication slots), temporary
 * files, and the WAL, which the backup takes separately for its own range. Files that vanish while the
 * server runs (a table dropped mid-copy) are skipped: WAL replay drops them again.
 */
final class DataFileCopy {

    private static final Set<String> SKIPPED_FILES = Set.of("postmaster.pid", "postmaster.opts", "backup_label",
            "tablespace_map", "backup_label.old", "tablespace_map.old", "current_logfiles", "postgresql.auto.conf.tmp",
            "backup_manifest");
    /** Kept as empty directories: the server expects them to exist. */
    private static final Set<String> EMPTIED_DIRECTORIES = Set.of("pg_wal", "pg_stat_tmp", "pg_replslot", "pg_dynshmem",
            "pg_notify", "pg_serial", "pg_snapshots", "pg_subtrans");

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private final Path source;
    private final Path target;
    private long files;
    private long bytes;

    DataFileCopy(Path source, Path target) {
        this.source = source;
        this.target = target;
    }

    void run() throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                String name = dir.getFileName().toString();
                if (!dir.equals(source) && name.startsWith("pgsql_tmp")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                // The copy holds the registry, and PostgreSQL starts only on a directory that is its owner's alone.
                Path made = Files.createDirectories(target.resolve(source.relativize(dir).toString()));
                Files.setPosixFilePermissions(made, OWNER_ONLY);
                boolean emptied = dir.getParent() != null && dir.getParent().equals(source) && EMPTIED_DIRECTORIES.contains(name);
                return emptied ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = file.getFileName().toString();
                if (SKIPPED_FILES.contains(name) || name.startsWith("pg_internal.init") || !attrs.isRegularFile()) {
                    return FileVisitResult.CONTINUE;
                }
                try {
                    Path copied = target.resolve(source.relativize(file).toString());
                    Files.copy(file, copied);
                    files++;
                    bytes += Files.size(copied);
                } catch (NoSuchFileException vanished) {
                    // dropped while we copied: the WAL of the backup drops it too
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
    }

    long files() {
        return files;
    }

    long bytes() {
        return bytes;
    }
}
