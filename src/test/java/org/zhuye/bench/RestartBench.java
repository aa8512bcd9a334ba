package org.zhuye.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.zhuye.ZhuyeApplication;

/**
 * How long a restart takes with a province-sized registry: the data directory is filled once (SQL, as
 * {@link OverviewBench} does) and kept under target/bench-data/restart for later runs of the same size; then
 * the application is started twice in a fresh JVM on it, first without the saved overview snapshot (cold) and
 * then with the one the first run wrote on its orderly stop (warm). Each run is timed from process start to
 * the first 200 of {@code /actuator/health} and of the province overview API. Run:
 * {@code mvn -Pbench test -Dtest=RestartBench -Dbench.jvm=-Dzhuye.bench.persons=400000}.
 */
class RestartBench {

    static final int PERSONS = Integer.getInteger("zhuye.bench.persons", 1_600_000);
    static final String PASSWORD = "Bench-Restart-2026";
    static final Path DATA = Path.of("target/bench-data/restart").toAbsolutePath();
    static final Path SNAPSHOT_FILE = DATA.resolve("overview-snapshot.bin");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void restartAtProvinceScale() throws Exception {
        double fillSeconds = fillOnce();
        Files.deleteIfExists(SNAPSHOT_FILE);
        Run cold = run("cold");
        boolean savedOnStop = Files.exists(SNAPSHOT_FILE);
        Run warm = run("warm");

        String report = """
                ## Restart

                %s, %s, load average before the runs %s. `RestartBench` (`mvn -Pbench test -Dtest=RestartBench
                -Dbench.jvm=-Dzhuye.bench.persons=N`): %,d synthetic persons (`SyntheticRegistrySql`, filled once in %s),
                the application started in a fresh JVM (`java -Xmx1g -cp … org.zhuye.ZhuyeApplication`) on that data
                directory and timed from process start to the first 200 answer. Cold: no saved overview snapshot, the
                snapshot is read from the database after start; warm: the snapshot the cold run saved on its orderly
                stop (%s) is checked against the database and loaded.

                | start | `/actuator/health` 200 | province overview API 200 | orderly stop |
                |---|---|---|---|
                | cold | %.1f s | %.1f s | %.1f s |
                | warm | %.1f s | %.1f s | %.1f s |

                Province overview answered before it was ready: %d × 503 (cold), %d × 503 (warm).
                Start-up log of the cold run, main steps (seconds after the first log line):

                %s
                """.formatted(BenchReport.machine(), ZonedDateTime.now().toLocalDate(), cold.loadBefore, PERSONS,
                fillSeconds < 0 ? "an earlier run" : String.format(Locale.ROOT, "%.0f s", fillSeconds),
                savedOnStop ? "written" : "NOT written", cold.healthSeconds, cold.overviewSeconds, cold.stopSeconds,
                warm.healthSeconds, warm.overviewSeconds, warm.stopSeconds, cold.unavailable, warm.unavailable,
                cold.milestones);
        System.out.println("\n" + report);
        BenchReport.write("## Restart", report);
    }

    /** Fills the data directory unless a run of the same size already did; the seconds it took, or −1. */
    private static double fillOnce() throws IOException {
        Path marker = DATA.resolve("bench-persons-" + PERSONS);
        if (Files.exists(marker)) {
            return -1;
        }
        BenchReport.freshDataDirectory("restart");
        long started = System.nanoTime();
        try (ConfigurableApplicationContext app = SpringApplication.run(ZhuyeApplication.class,
                "--zhuye.data-dir=" + DATA, "--server.port=0", "--zhuye.admin.initial-password=" + PASSWORD)) {
            SyntheticRegistrySql.load(app.getBean(DataSource.class), PERSONS);
        }
        Files.writeString(marker, "filled\n");
        return (System.nanoTime() - started) / 1e9;
    }

    private Run run(String name) throws Exception {
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        int port = 18_000 + (int) (ProcessHandle.current().pid() % 1000);
        Path log = DATA.resolve("../restart-" + name + ".log").normalize();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx1g", "-cp", applicationClassPath(),
                ZhuyeApplication.class.getName(), "--zhuye.data-dir=" + DATA, "--server.port=" + port,
                "--zhuye.admin.initial-password=" + PASSWORD)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            URI health = URI.create("http://localhost:" + port + "/actuator/health");
            waitFor200(process, health, null);
            double healthSeconds = (System.nanoTime() - started) / 1e9;
            URI overview = URI.create("http://localhost:" + port + "/api/v1/persons/overview?region=15");
            String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            int unavailable = waitFor200(process, overview, basic);
            double overviewSeconds = (System.nanoTime() - started) / 1e9;
            long stopping = System.nanoTime();
            process.destroy(); // SIGTERM: the orderly path
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the application did not stop");
            }
            double stopSeconds = (System.nanoTime() - stopping) / 1e9;
            return new Run(loadBefore, healthSeconds, overviewSeconds, stopSeconds, unavailable, milestones(log));
        } finally {
            process.destroyForcibly();
        }
    }

    /** Polls until {@code uri} answers 200; how many times it answered 503 before. */
    private int waitFor200(Process process, URI uri, String authorization) throws Exception {
        int unavailable = 0;
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped; see target/bench-data/restart-*.log");
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            try {
                int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return unavailable;
                }
                if (status == 503) {
                    unavailable++;
                } else if (status != 404 || authorization != null) {
                    throw new IllegalStateException(uri + " answered " + status);
                }
            } catch (IOException notListeningYet) {
                // the port opens only once the context is up
            }
            Thread.sleep(50);
        }
    }

    /** The main classes and the libraries, without the test classes (their configurations would be scanned). */
    private static String applicationClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** The log lines that mark where start-up time goes, with their offset from the first line. */
    private static String milestones(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        List<String> picked = new ArrayList<>();
        Double first = null;
        for (String line : lines) {
            if (line.length() < 23 || !Character.isDigit(line.charAt(0))) {
                continue;
            }
            double seconds = secondsOfDay(line.substring(11, 23));
            if (first == null) {
                first = seconds;
            }
            if (line.contains("Starting ZhuyeApplication") || line.contains("Flyway") || line.contains("Migrating")
                    || line.contains("Successfully") || line.contains("Tomcat started") || line.contains("Started ZhuyeApplication")
                    || line.contains("快照") || line.contains("Root WebApplicationContext") || line.contains("HikariPool-1 - Start")
                    || line.contains("zhuye-embedded - Start") || line.contains("崩溃恢复") || line.contains("已建立")) {
                String message = line.substring(line.indexOf(" : ") >= 0 ? line.indexOf(" : ") + 3 : 23).strip();
                picked.add(String.format(Locale.ROOT, "    %6.1f  %s", seconds - first, message));
            }
        }
        return String.join("\n", picked);
    }

    private static double secondsOfDay(String time) {
        String[] parts = time.replace(',', '.').split(":");
        try {
            return Integer.parseInt(parts[0]) * 3600 + Integer.parseInt(parts[1]) * 60 + Double.parseDouble(parts[2]);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private record Run(String loadBefore, double healthSeconds, double overviewSeconds, double stopSeconds, int unavailable,
                       String milestones) {
    }
}
