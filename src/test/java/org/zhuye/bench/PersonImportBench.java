package org.zhuye.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.sql.DataSource;

import com.sun.management.GarbageCollectionNotificationInfo;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.person.imports.ImportJob;
import org.zhuye.person.imports.ImportJobs;
import org.zhuye.person.imports.PersonTemplate;
import org.zhuye.platform.csv.CsvReader;
import org.zhuye.platform.csv.CsvWriter;
import org.zhuye.platform.xlsx.XlsxWriter;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

/**
 * Person import speed and memory, in one run (not part of {@code mvn verify}; run with
 * {@code mvn -P bench test -Dzhuye.bench.rows=200000} or {@code -Dzhuye.bench.file=persons.csv}):
 * (a) validated CSV import end to end, (b) a raw COPY of the same file into a bare table and the
 * ratio of the two, (c) the same rows as XLSX and the XLSX/CSV time ratio, (d) peak heap.
 * Each import starts from an empty registry, so each does the same work (all rows new).
 */
@ZhuyeTest
class PersonImportBench {

    private static final Jurisdiction PROVINCE = Jurisdiction.of("15");

    @Autowired
    ImportJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void importSpeedAndMemory() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/bench"));
        String given = System.getProperty("zhuye.bench.file");
        int rows = Integer.getInteger("zhuye.bench.rows", 200_000);
        Path csv;
        if (given != null && !given.isBlank()) {
            csv = Path.of(given);
        } else {
            csv = dir.resolve("persons-" + rows + ".csv");
            long t = System.nanoTime();
            TinyPersonFile.write(csv, rows, jdbc.sql("SELECT code FROM region WHERE level = 5 AND code LIKE '15%' ORDER BY code")
                    .query(String.class).list());
            System.out.printf(Locale.ROOT, "generated %,d rows in %.1f s%n", rows, seconds(t));
        }
        Path xlsx = dir.resolve(csv.getFileName().toString().replaceAll("\\.csv$", "") + ".xlsx");
        long dataRows = toXlsx(csv, xlsx);
        System.out.printf(Locale.ROOT, "file: %s, %,d data rows, CSV %,d bytes, XLSX %,d bytes%n", csv, dataRows,
                Files.size(csv), Files.size(xlsx));

        warmUp(dir);
        HeapPeak heap = HeapPeak.install();

        // This machine is a VM whose speed varies from minute to minute: the new-rows import can be
        // repeated (-Dzhuye.bench.repeat=3) and its median reported.
        int repeat = Math.max(1, Integer.getInteger("zhuye.bench.repeat", 1));
        List<Double> csvRuns = new ArrayList<>();
        ImportJob csvJob = null;
        CpuTime csvCpu = null;
        long csvWal = 0;
        long csvPeak = 0;
        long csvLive = 0;
        for (int run = 0; run < repeat; run++) {
            empty();
            heap.reset();
            long wal = walPosition();
            CpuTime cpu = CpuTime.now();
            long t = System.nanoTime();
            csvJob = importFile(csv);
            csvRuns.add(seconds(t));
            csvCpu = CpuTime.now().minus(cpu);
            csvWal = walPosition() - wal;
            csvPeak = Math.max(csvPeak, heap.peak());
            csvLive = Math.max(csvLive, heap.live());
        }
        double csvSeconds = csvRuns.stream().sorted().toList().get(csvRuns.size() / 2);

        jdbc.sql("CHECKPOINT").update();
        long t2 = System.nanoTime();
        ImportJob again = importFile(csv);
        double againSeconds = seconds(t2);

        double copySeconds = rawCopy(csv);

        empty();
        heap.reset();
        long t3 = System.nanoTime();
        ImportJob xlsxJob = importFile(xlsx);
        double xlsxSeconds = seconds(t3);
        long xlsxPeak = heap.peak();
        long xlsxLive = heap.live();

        System.out.println();
        System.out.println("== Person import benchmark ==");
        System.out.printf(Locale.ROOT, "machine: %d cores, %s, max heap %d MiB, %s%n", Runtime.getRuntime().availableProcessors(),
                cpuModel(), Runtime.getRuntime().maxMemory() >> 20, LocalDateTime.now().withNano(0));
        System.out.printf(Locale.ROOT, "rows: %,d%n", dataRows);
        report("(a) CSV import, all new" + (repeat > 1 ? ", median of " + repeat : ""), csvJob, dataRows, csvSeconds);
        if (repeat > 1) {
            System.out.println("    runs: " + csvRuns.stream().map(x -> String.format(Locale.ROOT, "%.1f s", x)).toList());
        }
        System.out.printf(Locale.ROOT, "    WAL written by the last run: %,d MiB; CPU used: application %.1f s, database %.1f s%n",
                csvWal >> 20, csvCpu.application(), csvCpu.database());
        report("    CSV re-import, unchanged", again, dataRows, againSeconds);
        System.out.printf(Locale.ROOT, "(b) raw COPY into a bare table: %.1f s, %,.0f rows/s; import/COPY speed ratio %.2f%n",
                copySeconds, dataRows / copySeconds, copySeconds / csvSeconds);
        report("(c) XLSX import, all new", xlsxJob, dataRows, xlsxSeconds);
        System.out.printf(Locale.ROOT, "    XLSX/CSV time ratio %.2f%n", xlsxSeconds / csvSeconds);
        System.out.printf(Locale.ROOT, "(d) peak heap: CSV import %,d MiB, XLSX import %,d MiB; most left after a collection:"
                + " %,d MiB and %,d MiB%n", csvPeak >> 20, xlsxPeak >> 20, csvLive >> 20, xlsxLive >> 20);
    }

    /**
     * Imports of a small file in both formats first, saving as the timed runs do, so that no timed
     * run pays for the JIT alone: a server that has been up for a while has its code compiled.
     */
    private void warmUp(Path dir) throws IOException {
        Path csv = dir.resolve("warm-up.csv");
        Path xlsx = dir.resolve("warm-up.xlsx");
        TinyPersonFile.write(csv, 20_000, jdbc.sql("SELECT code FROM region WHERE level = 5 AND code LIKE '15%' ORDER BY code")
                .query(String.class).list());
        toXlsx(csv, xlsx);
        for (int i = 0; i < 2; i++) {
            empty();
            importFile(csv);
            empty();
            importFile(xlsx);
            importFile(xlsx, true);
        }
    }

    private ImportJob importFile(Path file) throws IOException {
        return importFile(file, false);
    }

    private ImportJob importFile(Path file, boolean dryRun) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            ImportJob job = jobs.runNow(in, file.getFileName().toString(), dryRun, "bench", PROVINCE);
            if (job.status() != ImportJob.Status.SUCCEEDED) {
                throw new IllegalStateException("导入未成功：" + job.message() + " "
                        + jobs.findErrors(job.id(), PROVINCE, 0, 5));
            }
            return job;
        }
    }

    private static void report(String what, ImportJob job, long rows, double seconds) {
        System.out.printf(Locale.ROOT, "%s: %.1f s, %,.0f rows/s (inserted %,d, updated %,d, unchanged %,d)%n", what, seconds,
                rows / seconds, job.inserted(), job.updated(), job.unchanged());
    }

    /**
     * CPU seconds of this JVM and of the database server's processes (on Linux, from /proc: the
     * running processes' own time plus what the postmaster collected from exited ones).
     */
    record CpuTime(double application, double database) {
        static CpuTime now() throws IOException {
            double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime() / 1e9;
            double db = 0;
            try (var procs = Files.list(Path.of("/proc"))) {
                for (Path proc : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                    try {
                        String stat = Files.readString(proc.resolve("stat"));
                        if (!stat.contains("(postgres)")) {
                            continue;
                        }
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        // Fields 14-17 of stat (utime, stime, cutime, cstime), counted after "(comm) ".
                        db += (Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0;
                    } catch (IOException | RuntimeException gone) {
                        // The process ended while being read.
                    }
                }
            }
            return new CpuTime(jvm, db);
        }

        CpuTime minus(CpuTime earlier) {
            return new CpuTime(application - earlier.application, database - earlier.database);
        }
    }

    /** Where the server's write-ahead log is, in bytes. */
    private long walPosition() {
        return jdbc.sql("SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '0/0')::bigint").query(Long.class).single();
    }

    /** Empties the registry (the benchmark's own database) so that the next import inserts every row. */
    private void empty() {
        jdbc.sql("TRUNCATE person, employment_event, duplicate_flag, change_request, household_member, member_employment_event CASCADE")
                .update();
        jdbc.sql("VACUUM ANALYZE person").update();
        // Start each timed import with no checkpoint owed, so that one import does not pay for another's WAL.
        jdbc.sql("CHECKPOINT").update();
    }

    /** COPY of the file as it is (CSV, text columns, no checks) into a bare table: what the disk and server alone cost. */
    private double rawCopy(Path csv) throws Exception {
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i < PersonTemplate.HEADERS.size(); i++) {
            columns.append(i == 0 ? "" : ", ").append("c").append(i).append(" text");
        }
        jdbc.sql("DROP TABLE IF EXISTS bench_raw_copy").update();
        jdbc.sql("CREATE TABLE bench_raw_copy (" + columns + ")").update();
        long t = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); InputStream in = Files.newInputStream(csv)) {
            in.skipNBytes(3);
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY bench_raw_copy FROM STDIN (FORMAT csv, HEADER true)", in, 1 << 16);
        }
        double seconds = seconds(t);
        jdbc.sql("DROP TABLE bench_raw_copy").update();
        return seconds;
    }

    private static long toXlsx(Path csv, Path xlsx) throws IOException {
        long rows = 0;
        try (CsvReader reader = CsvReader.utf8(Files.newInputStream(csv));
             OutputStream out = Files.newOutputStream(xlsx);
             XlsxWriter writer = new XlsxWriter(out, "人员")) {
            writer.header(reader.next());
            List<String> row;
            while ((row = reader.next()) != null) {
                writer.row(row);
                rows++;
            }
        }
        return rows;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    /** The largest heap in use: sampled, and taken from every collection's "before" figure, where peaks are. */
    static final class HeapPeak {
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong live = new AtomicLong();

        static HeapPeak install() {
            HeapPeak heap = new HeapPeak();
            NotificationListener listener = (notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long before = heapOf(info.getGcInfo().getMemoryUsageBeforeGc());
                    heap.peak.accumulateAndGet(before, Math::max);
                    long after = heapOf(info.getGcInfo().getMemoryUsageAfterGc());
                    heap.live.accumulateAndGet(after, Math::max);
                }
            };
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
            }
            Thread sampler = new Thread(() -> {
                while (true) {
                    heap.peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-peak");
            sampler.setDaemon(true);
            sampler.start();
            return heap;
        }

        /**
         * The heap's pools only: a collection reports every pool, metaspace and code cache included,
         * which would add some 100 MiB that no -Xmx limits.
         */
        private static long heapOf(java.util.Map<String, MemoryUsage> pools) {
            return ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                    .map(pool -> pools.get(pool.getName()))
                    .filter(java.util.Objects::nonNull)
                    .mapToLong(MemoryUsage::getUsed).sum();
        }

        void reset() {
            System.gc();
            peak.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            live.set(0);
        }

        /** The most memory still in use after a collection: what the import holds, without its garbage. */
        long live() {
            return live.get();
        }

        long peak() {
            return peak.get();
        }
    }

    /**
     * A minimal generator of valid template rows (the project's real synthetic-population
     * generator may replace it): unique certificate numbers, real villages, a status for most.
     */
    static final class TinyPersonFile {
        private static final String GIVEN = "巴特尔乌云其其格苏和阿拉坦敖登格日勒图雅娜仁花宝音朝鲁明珠海军建国秀英桂兰";
        private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

        static void write(Path file, int rows, List<String> villages) throws IOException {
            LocalDate born = LocalDate.of(1950, 1, 1);
            LocalDate statusFrom = LocalDate.of(2023, 1, 1);
            try (OutputStream out = Files.newOutputStream(file); CsvWriter csv = new CsvWriter(out)) {
                csv.row(PersonTemplate.HEADERS);
                List<String> row = new ArrayList<>(PersonTemplate.HEADERS.size());
                for (int i = 0; i < rows; i++) {
                    String village = villages.get((int) ((i * 7919L) % villages.size()));
                    String body = village.substring(0, 6) + born.plusDays((i / 1000) % 20_000).toString().replace("-", "")
                            + String.format("%03d", i % 1000);
                    int category = 1 + i % 7;
                    int grade = 1 + (i / 7) % 4;
                    row.clear();
                    row.add(body + check(body) + category + grade);
                    row.add("测" + GIVEN.charAt(i % GIVEN.length()) + GIVEN.charAt((i / 31) % GIVEN.length()));
                    row.add(i % 3 == 0 ? "蒙古族" : "汉族");
                    row.add(i % 5 == 0 ? "小学" : "初级中学");
                    row.add(village);
                    row.add(i % 2 == 0 ? "农村" : "城镇");
                    row.add("13" + String.format("%09d", i));
                    row.add(category == 7 ? "视力、肢体" : "");
                    row.add("有效");
                    row.add("2020-05-01");
                    row.add("");
                    row.add(i % 4 == 0 ? "联系人" : "");
                    row.add(i % 4 == 0 ? "子女" : "");
                    row.add(i % 4 == 0 ? "0471-66" + String.format("%05d", i % 100_000) : "");
                    String since = statusFrom.plusDays(i % 700).toString();
                    if (i % 10 < 6) {
                        row.addAll(List.of("是", since, "灵活就业", "", "保洁员", "2500", "4", "", ""));
                    } else if (i % 10 < 9) {
                        row.addAll(List.of("否", since, "", "", "", "", "", "无就业技能", "家庭成员供养"));
                    } else {
                        row.addAll(List.of("", "", "", "", "", "", "", "", ""));
                    }
                    csv.row(row);
                }
            }
        }

        private static char check(String body) {
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (body.charAt(i) - '0') * WEIGHTS[i];
            }
            return "10X98765432".charAt(sum % 11);
        }
    }
}
