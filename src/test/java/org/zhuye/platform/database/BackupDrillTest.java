package org.zhuye.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.platform.database.backup.BackupCommand;
import org.zhuye.testing.ZhuyeTest;

/**
 * The restore drill: an online backup of the running application's embedded server through the same
 * command an operator runs ({@code --backup}), a change after it, {@code --restore} into an empty data
 * directory, and a server started there that shows the state of the backup.
 */
@ZhuyeTest
class BackupDrillTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataDirectory dataDirectory;

    @TempDir
    Path dir;

    @Test
    void aBackupTakenWhileZhuyeRunsRestoresTheStateItWasTakenIn() throws Exception {
        String name = "备份演练机构" + UUID.randomUUID().toString().substring(0, 8);
        long id = jdbc.sql("""
                        INSERT INTO institution (kind, name, region_code, address, capacity, opened_on, created_by, updated_by)
                        VALUES ('TRAINING_BASE', :name, (SELECT min(code) FROM region WHERE level = 2), '呼和浩特市', 40, DATE '2024-01-01', 'test', 'test') RETURNING id""")
                .param("name", name).query(Long.class).single();

        Path backup = dir.resolve("backup");
        String backupOutput = command("--backup", backup.toString(), "--zhuye.data-dir=" + dataDirectory.dataDir());
        assertThat(backupOutput).contains("在线备份完成").contains("数据密钥");
        assertThat(backup.resolve("data/backup_label")).exists();
        assertThat(backup.resolve("data/keys")).doesNotExist();
        assertThat(Files.list(backup).map(p -> p.getFileName().toString())).doesNotContain("zhuye-data.keys");

        jdbc.sql("UPDATE institution SET capacity = 99, name = name || '（备份后改）' WHERE id = :id").param("id", id).update();

        Path restoredDir = dir.resolve("restored");
        String restoreOutput = command("--restore", backup.toString(), "--zhuye.data-dir=" + restoredDir);
        assertThat(restoreOutput).contains("已恢复到").contains("注意").contains("数据密钥");

        try (EmbeddedPostgres restored = EmbeddedDatabaseConfiguration.start(new DataDirectory(restoredDir), Duration.ofMinutes(2))) {
            JdbcClient restoredJdbc = JdbcClient.create(restored.getDatabase("postgres", EmbeddedDatabaseConfiguration.DATABASE));
            assertThat(restoredJdbc.sql("SELECT name || '/' || capacity FROM institution WHERE id = :id").param("id", id)
                    .query(String.class).single()).isEqualTo(name + "/40");
        }
        assertThat(jdbc.sql("SELECT capacity FROM institution WHERE id = :id").param("id", id).query(Integer.class).single())
                .isEqualTo(99);
    }

    @Test
    void aRestoreRefusesADataDirectoryThatAlreadyHoldsADatabase() throws Exception {
        Path backup = dir.resolve("backup");
        command("--backup", backup.toString(), "--zhuye.data-dir=" + dataDirectory.dataDir());
        String output = command("--restore", backup.toString(), "--zhuye.data-dir=" + dataDirectory.dataDir());
        assertThat(output).startsWith("恢复失败：").contains("不是空目录");
    }

    @Test
    void aBackupRefusesATargetThatIsNotEmpty() throws Exception {
        Files.writeString(Files.createDirectories(dir.resolve("busy")).resolve("note.txt"), "已有文件");
        String output = command("--backup", dir.resolve("busy").toString(), "--zhuye.data-dir=" + dataDirectory.dataDir());
        assertThat(output).startsWith("备份失败：").contains("不是空目录");
    }

    private static String command(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BackupCommand.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
