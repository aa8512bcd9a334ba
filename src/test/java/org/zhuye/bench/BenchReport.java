package org.zhuye.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/** What every benchmark needs: the machine's description, percentiles, and its own section in docs/benchmarks.md. */
public final class BenchReport {

    private BenchReport() {
    }

    public static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GiB RAM").findFirst().orElse("");
        return Runtime.getRuntime().availableProcessors() + " cores (nproc), " + memory + ", " + cpu + ", Java "
                + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / 1024 / 1024 + " MB";
    }

    /** "p50 / p95 / max" in milliseconds of the given timings (nanoseconds), as table cells. */
    public static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%.1f | %.1f | %.1f", sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    public static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * Replaces the section whose heading is {@code heading} in docs/benchmarks.md, or adds it — only under the
     * bench profile ({@code -Pbench} sets {@code zhuye.bench.write}). A bench class picked up by an ordinary
     * {@code -Dtest} pattern (say {@code *Levy*}) would otherwise rewrite the recorded figures with a run on a busy
     * machine; there it only prints its section.
     */
    static void write(String heading, String section) throws IOException {
        if (!Boolean.getBoolean("zhuye.bench.write")) {
            System.out.println(section.strip() + "\n\n(docs/benchmarks.md 未改写：只有 -Pbench 下的运行写入)");
            return;
        }
        Path file = Path.of("docs/benchmarks.md");
        String text = Files.exists(file) ? Files.readString(file)
                : "# Benchmarks\n\nFigures measured on the project's machine; each section names its benchmark and how to run it.\n";
        int start = text.indexOf(heading);
        if (start >= 0) {
            int next = text.indexOf("\n## ", start + 1);
            text = text.substring(0, start) + section.strip() + "\n" + (next >= 0 ? text.substring(next) : "");
        } else {
            text = text.stripTrailing() + "\n\n" + section.strip() + "\n";
        }
        Files.writeString(file, text);
    }

    /** A fresh data directory for one benchmark's embedded database. */
    static void freshDataDirectory(String name) {
        Path dir = Path.of("target/bench-data/" + name).toAbsolutePath();
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        System.setProperty("zhuye.bench.data-dir", dir.toString());
    }
}
