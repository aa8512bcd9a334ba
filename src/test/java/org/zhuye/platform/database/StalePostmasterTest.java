package org.zhuye.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a {@code kill -9} of the JVM leaves behind must not stop the next start. */
class StalePostmasterTest {

    @TempDir
    Path dir;

    @Test
    void aPidFileOfADeadProcessIsRemoved() throws Exception {
        Path pidFile = dir.resolve("postmaster.pid");
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        Files.writeString(pidFile, finished.pid() + "\n" + dir + "\n");
        new StalePostmaster(dir).clear();
        assertThat(pidFile).doesNotExist();
    }

    @Test
    void aPidFileOfAnUnrelatedLiveProcessIsRemovedWithoutTouchingThatProcess() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            Files.writeString(dir.resolve("postmaster.pid"), sleeper.pid() + "\n");
            new StalePostmaster(dir).clear();
            assertThat(dir.resolve("postmaster.pid")).doesNotExist();
            assertThat(sleeper.isAlive()).isTrue();
        } finally {
            sleeper.destroyForcibly();
        }
    }

    @Test
    void anOrphanedServerIsShutDownCleanlyAndItsCommittedDataSurvives() throws Exception {
        Path pgData = dir.resolve("postgres");
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanedPostgres.class.getName(), pgData.toString())
                .inheritIO().start();
        assertThat(jvm.waitFor()).isZero();
        long pid = Long.parseLong(Files.readAllLines(pgData.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).as("the server outlives its JVM").contains(true);

        new StalePostmaster(pgData).clear();

        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(pgData.resolve("postmaster.pid")).doesNotExist();
        try (EmbeddedPostgres restarted = EmbeddedPostgres.builder()
                .setDataDirectory(pgData).setCleanDataDirectory(false).start();
             Connection connection = restarted.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT v FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("before the crash");
        }
    }
}
