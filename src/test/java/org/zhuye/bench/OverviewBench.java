package org.zhuye.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.person.OverviewFigures;
import org.zhuye.person.PersonsChanged;
import org.zhuye.person.RegionOverview;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;

/**
 * Region overview at the size of Inner Mongolia's registry: 1.6 million synthetic persons loaded
 * with SQL into a fresh embedded database, then the overview for the province, a league and a
 * county at several as-of dates. Prints p50/p95/max, the snapshot's build time and memory, and
 * writes them to docs/benchmarks.md. Run: {@code mvn -Pbench test -Dtest=OverviewBench}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "zhuye.data-dir=${zhuye.bench.data-dir}",
        "zhuye.admin.initial-password=Bench-Steppe-2026",
})
class OverviewBench {

    static final int PERSONS = Integer.getInteger("zhuye.bench.persons", 1_600_000);
    static final int WARM_UP = 100;
    static final int CALLS = 240;
    static final int CHUNK = 200_000;
    static final Jurisdiction PROVINCE = Jurisdiction.of("15");

    static {
        Path dir = Path.of("target/bench-data/overview").toAbsolutePath();
        delete(dir);
        System.setProperty("zhuye.bench.data-dir", dir.toString());
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegionOverview overview;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void regionOverviewAtProvinceScale() throws IOException {
        long loadStarted = System.nanoTime();
        load();
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
        long events = jdbc.sql("SELECT count(*) FROM employment_event").query(Long.class).single();
        long withEvents = jdbc.sql("SELECT count(DISTINCT person_id) FROM employment_event").query(Long.class).single();

        long heapBefore = usedHeapAfterGc();
        long buildStarted = System.nanoTime();
        this.events.publishEvent(PersonsChanged.everyone());
        double firstBuildMs = (System.nanoTime() - buildStarted) / 1e6;
        long heapAfter = usedHeapAfterGc();
        buildStarted = System.nanoTime();
        this.events.publishEvent(PersonsChanged.everyone());
        double secondBuildMs = (System.nanoTime() - buildStarted) / 1e6;
        RegionOverview.SnapshotInfo info = overview.snapshotInfo();

        LocalDate today = LocalDate.now();
        List<LocalDate> dates = List.of(today, LocalDate.parse("2025-12-31"), LocalDate.parse("2024-06-30"),
                LocalDate.parse("2020-01-01"));
        List<String> rows = new ArrayList<>();
        OverviewFigures province = null;
        for (String[] scope : new String[][]{{"15", "自治区（12个盟市）"}, {"1525", "锡林郭勒盟"}, {"150102", "呼和浩特市新城区"}}) {
            RegionCode code = RegionCode.of(scope[0]);
            for (int i = 0; i < WARM_UP; i++) {
                overview.find(code, dates.get(i % dates.size()), PROVINCE).orElseThrow();
            }
            long[] nanos = new long[CALLS];
            long persons = 0;
            for (int i = 0; i < CALLS; i++) {
                long started = System.nanoTime();
                OverviewFigures f = overview.find(code, dates.get(i % dates.size()), PROVINCE).orElseThrow().figures();
                nanos[i] = System.nanoTime() - started;
                if (i % dates.size() == 0) {
                    persons = f.total();
                    if (scope[0].equals("15")) {
                        province = f;
                    }
                }
            }
            Arrays.sort(nanos);
            rows.add(String.format(Locale.ROOT, "| %s (%s) | %,d | %d | %.1f | %.1f | %.1f |", scope[1], scope[0], persons,
                    CALLS, nanos[CALLS / 2] / 1e6, nanos[(int) Math.ceil(CALLS * 0.95) - 1] / 1e6, nanos[CALLS - 1] / 1e6));
        }

        long sqlStarted = System.nanoTime();
        long sqlEmployed = plainSqlEmployed(today);
        double plainSqlMs = (System.nanoTime() - sqlStarted) / 1e6;

        String machine = machine();
        String report = """
                ## Region overview

                %s, %s. `OverviewBench` (`mvn -Pbench test -Dtest=OverviewBench`, surefire `-Xmx1g`):
                %,d synthetic persons over the 14,592 real villages, loaded with SQL (`generate_series`) into a fresh
                embedded PostgreSQL 17 in %.0f s; %,d employment events for %,d persons (some voided).

                | snapshot | figure |
                |---|---|
                | persons held | %,d |
                | full build (one streamed read of persons and events), first / second | %.0f ms / %.0f ms |
                | memory: arrays held (estimate) | %.1f MB |
                | memory: heap retained after the build (measured after GC) | %.1f MB |

                `RegionOverview.find` (region lookups in SQL + one pass over the snapshot range with every
                breakdown and the child rows), %d calls after %d warm-up calls, the as-of date cycling through
                %s:

                | region | persons counted (today) | calls | p50 ms | p95 ms | max ms |
                |---|---|---|---|---|---|
                %s

                For comparison, one plain SQL query for a single figure (persons employed today, by a per-person
                "latest event" lookup over the province): %.0f ms (answer %,d; the snapshot's figure agrees: %s).
                """.formatted(machine, ZonedDateTime.now().toLocalDate(), PERSONS, loadSeconds, events, withEvents,
                info.persons(), firstBuildMs, secondBuildMs, info.bytes() / 1e6, (heapAfter - heapBefore) / 1e6,
                CALLS, WARM_UP, dates, String.join("\n", rows), plainSqlMs, sqlEmployed,
                province != null && sqlEmployed == province.employed() ? "yes" : "NO");
        System.out.println("\n" + report);
        write(report);
    }

    /** In chunks: the application's statement timeout (60 s) applies to these statements too. */
    private void load() {
        for (int from = 1; from <= PERSONS; from += CHUNK) {
            loadChunk(from, Math.min(PERSONS, from + CHUNK - 1));
        }
        jdbc.sql("UPDATE employment_event SET voided_at = now(), voided_by = 'bench', void_reason = '误录' WHERE id % 50 = 0").update();
        jdbc.sql("ANALYZE").update();
    }

    private void loadChunk(long first, long last) {
        jdbc.sql("""
                INSERT INTO person (cert_hash, cert_cipher, cert_masked, name, sex, birth_date, category, grade,
                                    region_code, hukou, cert_status, created_at)
                SELECT decode(md5('bench-' || g), 'hex'), decode(md5('cipher-' || g), 'hex'),
                       substr(v.codes[1 + ((g * 104729) % v.n)::int], 1, 6) || '********' || lpad((g % 10000)::text, 4, '0')
                           || '·' || (1 + (g * 31) % 7) || (1 + (g * 17) % 4),
                       '合成人员' || g,
                       CASE WHEN g % 2 = 0 THEN 'M' ELSE 'F' END,
                       DATE '1938-01-01' + ((g * 7919) % 31000)::int,
                       1 + (g * 31) % 7, 1 + (g * 17) % 4,
                       v.codes[1 + ((g * 104729) % v.n)::int],
                       CASE WHEN g % 3 = 0 THEN 'URBAN' ELSE 'RURAL' END,
                       CASE WHEN g % 97 = 0 THEN 'DECEASED' WHEN g % 89 = 0 THEN 'REVOKED' ELSE 'VALID' END,
                       TIMESTAMP '2015-01-01 09:00' + ((g * 4099) % 4300)::int * INTERVAL '1 day'
                FROM generate_series(?::bigint, ?::bigint) g,
                     (SELECT array_agg(code ORDER BY code) AS codes, count(*)::int AS n FROM region WHERE level = 5) v
                """).params(first, last).update();
        long[] ids = jdbc.sql("SELECT min(id), max(id) FROM person WHERE name IN (?, ?)")
                .params("合成人员" + first, "合成人员" + last)
                .query((rs, i) -> new long[]{rs.getLong(1), rs.getLong(2)}).single();
        // About half have a baseline status; a quarter of those later change, some of those records voided.
        jdbc.sql("""
                INSERT INTO employment_event (person_id, effective_on, employed, form, reason, livelihood, baseline, recorded_by)
                SELECT id, least(greatest(birth_date + 5844, DATE '2016-01-01') + ((id * 13) % 1500)::int, DATE '2026-06-30'),
                       id % 4 <> 2, CASE WHEN id % 4 <> 2 THEN 1 + id % 7 END,
                       CASE WHEN id % 4 = 2 THEN 3 END, CASE WHEN id % 4 = 2 THEN 4 END, true, 'bench'
                FROM person WHERE id BETWEEN ? AND ? AND id % 2 = 0 AND birth_date < DATE '2008-01-01'
                """).params(ids[0], ids[1]).update();
        jdbc.sql("""
                INSERT INTO employment_event (person_id, effective_on, employed, form, reason, livelihood, baseline, recorded_by)
                SELECT person_id, least(effective_on + 200 + ((person_id * 7) % 400)::int, DATE '2026-09-30'),
                       NOT employed, CASE WHEN NOT employed THEN 7 END,
                       CASE WHEN employed THEN 7 END, CASE WHEN employed THEN 5 END, false, 'bench'
                FROM employment_event WHERE person_id BETWEEN ? AND ? AND person_id % 8 = 0
                """).params(ids[0], ids[1]).update();
    }

    /** The kind of query the snapshot replaces: the latest event per person, then a count (employed, any age). */
    private long plainSqlEmployed(LocalDate date) {
        return jdbc.sql("""
                SELECT count(*) FROM person p
                CROSS JOIN LATERAL (SELECT e.employed FROM employment_event e
                                    WHERE e.person_id = p.id AND e.voided_at IS NULL AND e.effective_on <= :d
                                    ORDER BY e.effective_on DESC, e.id DESC LIMIT 1) s
                WHERE p.region_code LIKE '15%' AND p.merged_into IS NULL AND p.created_at::date <= :d
                  AND p.cert_status NOT IN ('REVOKED', 'DECEASED') AND s.employed
                """).param("d", java.sql.Date.valueOf(date)).query(Long.class).single();
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GiB RAM").findFirst().orElse("");
        return Runtime.getRuntime().availableProcessors() + " cores (nproc), " + memory + ", " + cpu + ", Java "
                + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / 1024 / 1024 + " MB";
    }

    /** Replaces the "Region overview" section of docs/benchmarks.md, or adds it. */
    private static void write(String section) throws IOException {
        Path file = Path.of("docs/benchmarks.md");
        String text = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n\nFigures measured on the project's machine; each section names its benchmark and how to run it.\n";
        int start = text.indexOf("## Region overview");
        if (start >= 0) {
            int next = text.indexOf("\n## ", start + 1);
            text = text.substring(0, start) + section.strip() + "\n" + (next >= 0 ? text.substring(next) : "");
        } else {
            text = text.stripTrailing() + "\n\n" + section.strip() + "\n";
        }
        Files.writeString(file, text);
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
