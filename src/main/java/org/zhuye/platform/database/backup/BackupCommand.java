package org.zhuye.platform.database.backup;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;

/**
 * {@code java -jar zhuye.jar --backup <dir>} and {@code --restore <dir>}: run beside (backup) or before
 * (restore) Zhuye, without starting the application. The data directory is found as Zhuye finds it:
 * {@code --zhuye.data-dir=…}, the system property {@code zhuye.data-dir}, {@code ZHUYE_DATA_DIR}, else {@code ./data}.
 *
 * <p>The backup carries the embedded superuser's password (it opens only the database the backup already
 * holds) but never the data-encryption keys: with them, a stolen backup would reveal every certificate and
 * phone number, so they are kept apart, and both commands say so.
 */
public final class BackupCommand {

    private static final String KEY_REMINDER = "数据密钥 %s 不在备份中：证件号码和电话号码用它加密，请另行备份并与备份分开保管；"
            + "恢复后启动前须放回原处，否则 Zhuye 会生成新密钥，已加密的号码将无法解密。";

    private BackupCommand() {
    }

    public static boolean isRequested(String[] args) {
        return Arrays.stream(args).anyMatch(a -> a.equals("--backup") || a.equals("--restore"));
    }

    /** Answers the process exit code: 0 done, 1 refused or failed (the reason printed), 2 misused. */
    public static int run(String[] args, PrintStream out) {
        Optional<String> backup = valueAfter(args, "--backup");
        Optional<String> restore = valueAfter(args, "--restore");
        if (backup.isPresent() == restore.isPresent()) {
            out.println("用法：java -jar zhuye.jar --backup <新目录> | --restore <备份目录> [--zhuye.data-dir=<数据目录>]");
            return 2;
        }
        Path dataDir = dataDir(args);
        try {
            return backup.isPresent() ? backup(dataDir, Path.of(backup.get()).toAbsolutePath(), out)
                    : restore(dataDir, Path.of(restore.get()).toAbsolutePath(), out);
        } catch (Exception e) {
            out.println((backup.isPresent() ? "备份失败：" : "恢复失败：") + e.getMessage());
            return 1;
        }
    }

    private static int backup(Path dataDir, Path target, PrintStream out) throws Exception {
        RunningServer server = new RunningServer(dataDir);
        String label = "zhuye " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        OnlineBackup.Result result;
        try (Connection connection = server.connect()) {
            result = new OnlineBackup(connection, server.pgData()).writeTo(target, label);
        }
        Path password = target.resolve("postgres.password");
        Files.copy(dataDir.resolve(RunningServer.PASSWORD_FILE), password, StandardCopyOption.COPY_ATTRIBUTES);
        Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
        out.printf("在线备份完成：%s%n  %d 个文件，%.1f MB；预写日志 %s 至 %s（%d 个段文件）%n", target, result.files(),
                result.bytes() / 1e6, result.startLsn(), result.stopLsn(), result.walSegments());
        out.println("  " + KEY_REMINDER.formatted(dataDir.resolve(RunningServer.DATA_KEY_FILE)));
        out.println("  恢复：停止 Zhuye，java -jar zhuye.jar --restore " + target + " --zhuye.data-dir=<空的数据目录>，再启动 Zhuye。");
        return 0;
    }

    private static int restore(Path dataDir, Path backup, PrintStream out) throws Exception {
        BackupRestore.Outcome outcome = new BackupRestore(backup, dataDir).run();
        out.println("已恢复到 " + outcome.pgData() + "；下次启动 Zhuye 时数据库先重放备份中的预写日志，然后即可使用。");
        if (!outcome.dataKeyPresent()) {
            out.println("  注意：" + KEY_REMINDER.formatted(dataDir.resolve(RunningServer.DATA_KEY_FILE)));
        }
        return 0;
    }

    private static Path dataDir(String[] args) {
        String configured = Arrays.stream(args).filter(a -> a.startsWith("--zhuye.data-dir=")).findFirst()
                .map(a -> a.substring("--zhuye.data-dir=".length()))
                .or(() -> Optional.ofNullable(System.getProperty("zhuye.data-dir")))
                .or(() -> Optional.ofNullable(System.getenv("ZHUYE_DATA_DIR")))
                .orElse("data");
        return Path.of(configured).toAbsolutePath().normalize();
    }

    private static Optional<String> valueAfter(String[] args, String option) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(option)) {
                return Optional.of(args[i + 1]);
            }
        }
        return Optional.empty();
    }
}
