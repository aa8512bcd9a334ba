package org.zhuye.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives each test JVM a fresh data directory, {@code target/test-data/<pid>}, before any context
 * starts, and removes those of earlier runs whose JVM is gone. Concurrent runs (an IDE and a
 * console build) thus never share or delete each other's database.
 */
public class FreshTestData implements LauncherSessionListener {

    static final Path ROOT = Path.of("target/test-data");
    static final String PROPERTY = "zhuye.test.data-dir";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        try {
            Files.createDirectories(ROOT);
            try (Stream<Path> runs = Files.list(ROOT)) {
                runs.filter(FreshTestData::abandoned).forEach(FreshTestData::delete);
            }
        } catch (IOException e) {
            throw new IllegalStateException("无法整理测试数据目录 " + ROOT, e);
        }
        Path mine = ROOT.resolve(String.valueOf(ProcessHandle.current().pid()));
        delete(mine);
        System.setProperty(PROPERTY, mine.toAbsolutePath().toString());
    }

    private static boolean abandoned(Path run) {
        String name = run.getFileName().toString();
        if (!name.matches("[0-9]+")) {
            return true;
        }
        return ProcessHandle.of(Long.parseLong(name)).map(p -> !p.isAlive()).orElse(true);
    }

    private static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException("无法删除 " + directory, e);
        }
    }
}
