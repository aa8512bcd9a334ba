package org.zhuye.platform.database.backup;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Lays an {@link OnlineBackup} out as the embedded server's directory of an empty data directory. The
 * server is not started here: Zhuye's next start finds backup_label and replays the backup's WAL (crash
 * recovery), the same start that follows a power cut.
 */
record BackupRestore(Path backup, Path dataDir) {

    /** What the person restoring must still do, if anything. */
    record Outcome(Path pgData, boolean dataKeyPresent) {
    }

    Outcome run() throws IOException {
        if (!Files.isRegularFile(backup.resolve(OnlineBackup.MANIFEST)) || !Files.isDirectory(backup.resolve(OnlineBackup.DATA))) {
            throw new IllegalArgumentException(backup + " 不是 Zhuye 的备份目录（缺少 " + OnlineBackup.MANIFEST + " 或 "
                    + OnlineBackup.DATA + "/）");
        }
        Path pgData = new RunningServer(dataDir).pgData();
        OnlineBackup.requireEmpty(pgData);
        // Written beside the target and renamed into place: a restore cut short leaves no half directory
        // that a start would take for a server.
        Path staging = Files.createDirectories(dataDir).resolve("postgres.restoring");
        OnlineBackup.requireEmpty(staging);
        copyTree(backup.resolve(OnlineBackup.DATA), staging);
        Files.deleteIfExists(pgData);
        Files.move(staging, pgData, StandardCopyOption.ATOMIC_MOVE);
        Path password = backup.resolve("postgres.password");
        if (Files.exists(password)) {
            Path keys = Files.createDirectories(dataDir.resolve("keys"));
            Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rwx------"));
            Files.copy(password, dataDir.resolve(RunningServer.PASSWORD_FILE), StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(dataDir.resolve(RunningServer.PASSWORD_FILE), PosixFilePermissions.fromString("rw-------"));
        }
        return new Outcome(pgData, Files.exists(dataDir.resolve(RunningServer.DATA_KEY_FILE)));
    }

    /** PostgreSQL refuses a data directory that others can read: every directory 0700, files 0600. */
    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path made = Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                Files.setPosixFilePermissions(made, PosixFilePermissions.fromString("rwx------"));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path copied = to.resolve(from.relativize(file).toString());
                Files.copy(file, copied);
                Files.setPosixFilePermissions(copied, PosixFilePermissions.fromString("rw-------"));
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
