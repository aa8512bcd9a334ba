package org.zhuye.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears what a killed JVM leaves behind in the embedded data directory.
 *
 * <p>pg_ctl daemonises the postmaster, so after {@code kill -9} of the JVM the server may still run
 * (holding the directory) or may have died leaving {@code postmaster.pid}. Either way the next
 * start would refuse. A live orphan is asked to shut down (SIGTERM is PostgreSQL's "smart"
 * shutdown, which checkpoints, so nothing committed is lost); a dead one's pid file is removed.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

    private final Path pidFile;

    StalePostmaster(Path pgDataDirectory) {
        this.pidFile = pgDataDirectory.resolve("postmaster.pid");
    }

    /**
     * Answers whether the server died without shutting down, so that its next start replays the
     * write-ahead log first (crash recovery), which after a large load takes tens of seconds.
     */
    boolean clear() throws IOException {
        Optional<Long> pid = recordedPid();
        if (pid.isEmpty()) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(this::isPostgres);
        if (process.isPresent()) {
            log.warn("发现上次未正常关闭的数据库进程 {}，正在关闭", pid.get());
            stop(process.get());
            Files.deleteIfExists(pidFile);
            return false;
        }
        log.warn("删除残留的 {}（进程 {} 已不存在）", pidFile, pid.get());
        Files.deleteIfExists(pidFile);
        return true;
    }

    private Optional<Long> recordedPid() throws IOException {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return Optional.of(-1L);
        }
        try {
            return Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.of(-1L);
        }
    }

    private boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.endsWith("postgres")).orElse(false);
    }

    private void stop(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(SHUTDOWN_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("数据库进程 {} 未在 {} 内退出，强制结束", process.pid(), SHUTDOWN_WAIT);
            process.destroyForcibly();
            process.onExit().join();
        }
    }
}
