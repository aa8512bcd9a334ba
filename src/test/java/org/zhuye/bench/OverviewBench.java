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

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.person.PersonsChanged;
import org.zhuye.person.overview.OverviewFigures;
import org.zhuye.person.overview.RegionOverview;
import org.zhuye.person.overview.SnapshotPreparing;
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
        BenchReport.freshDataDirectory("overview");
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegionOverview overview;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    DataSource dataSource;

    @Test
    void regionOverviewAtProvinceScale() throws IOException {
        long loadStarted = System.nanoTime();
        SyntheticRegistrySql.load(dataSource, PERSONS);
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
        long eventCount = jdbc.sql("SELECT count(*) FROM employment_event").query(Long.class).single();
        long withEvents = jdbc.sql("SELECT count(DISTINCT person_id) FROM employment_event").query(Long.class).single();

        // The snapshot is read again on a thread of its own after a bulk change; what readers wait for is the
        // time from the change to the first answer, so that is what is timed (publishing the event returns at once).
        long heapBefore = BenchReport.usedHeapAfterGc();
        double firstBuildMs = untilAnswered();
        long heapAfter = BenchReport.usedHeapAfterGc();
        double secondBuildMs = untilAnswered();
        RegionOverview.SnapshotInfo info = overview.snapshotInfo();

        LocalDate today = LocalDate.now();
        List<LocalDate> dates = List.of(today, LocalDate.parse("2025-12-31"), LocalDate.parse("2024-06-30"),
                LocalDate.parse("2020-01-01"));
        List<String> rows = new ArrayList<>();
        OverviewFigures province = null;
        long someone = jdbc.sql("SELECT min(id) FROM person").query(Long.class).single();
        for (String[] scope : new String[][]{{"15", "自治区（12个盟市）"}, {"1525", "锡林郭勒盟"}, {"150102", "呼和浩特市新城区"}}) {
            RegionCode code = RegionCode.of(scope[0]);
            for (int i = 0; i < WARM_UP; i++) {
                overview.find(code, dates.get(i % dates.size()), PROVINCE).orElseThrow();
            }
            long[] nanos = new long[CALLS];
            long[] kept = new long[CALLS];
            long persons = 0;
            for (int i = 0; i < CALLS; i++) {
                // A one-person change makes a new snapshot, so the timed call walks it (an answer is kept per
                // snapshot); the same question again is then timed as the kept answer.
                events.publishEvent(PersonsChanged.of(someone));
                long started = System.nanoTime();
                OverviewFigures f = overview.find(code, dates.get(i % dates.size()), PROVINCE).orElseThrow().figures();
                nanos[i] = System.nanoTime() - started;
                long again = System.nanoTime();
                overview.find(code, dates.get(i % dates.size()), PROVINCE).orElseThrow();
                kept[i] = System.nanoTime() - again;
                if (i % dates.size() == 0) {
                    persons = f.total();
                    if (scope[0].equals("15")) {
                        province = f;
                    }
                }
            }
            Arrays.sort(nanos);
            Arrays.sort(kept);
            rows.add(String.format(Locale.ROOT, "| %s (%s) | %,d | %d | %.1f | %.1f | %.1f | %.2f |", scope[1], scope[0], persons,
                    CALLS, nanos[CALLS / 2] / 1e6, nanos[(int) Math.ceil(CALLS * 0.95) - 1] / 1e6, nanos[CALLS - 1] / 1e6,
                    kept[CALLS / 2] / 1e6));
        }

        long sqlStarted = System.nanoTime();
        long sqlEmployed = plainSqlEmployed(today);
        double plainSqlMs = (System.nanoTime() - sqlStarted) / 1e6;

        String machine = BenchReport.machine();
        String report = """
                ## Region overview

                %s, %s. `OverviewBench` (`mvn -Pbench test -Dtest=OverviewBench`, surefire `-Xmx1g`):
                %,d synthetic persons over the 14,592 real villages, loaded with SQL (`generate_series`) into a fresh
                embedded PostgreSQL 17 in %.0f s; %,d employment events for %,d persons (some voided).

                | snapshot | figure |
                |---|---|
                | persons held | %,d |
                | full build as readers wait for it (a bulk change, then the province overview until it answers), first / second | %.0f ms / %.0f ms |
                | the last build alone (the read on the background thread, as logged) | %d ms |
                | memory: arrays held (estimate) | %.1f MB |
                | memory: heap retained by the snapshot (after GC, change to answer, the old one dropped) | %.1f MB |

                `RegionOverview.find` (one pass over the snapshot range with every breakdown and the child rows),
                %d calls after %d warm-up calls, the as-of date cycling through %s; each timed call follows a
                one-person change (a new snapshot, so nothing is answered from a kept answer), and the same
                question asked again right after is the "kept" column:

                | region | persons counted (today) | calls | p50 ms | p95 ms | max ms | kept answer, p50 ms |
                |---|---|---|---|---|---|---|
                %s

                For comparison, one plain SQL query for a single figure (persons employed today, by a per-person
                "latest event" lookup over the province): %.0f ms (answer %,d; the snapshot's figure agrees: %s).
                """.formatted(machine, ZonedDateTime.now().toLocalDate(), PERSONS, loadSeconds, eventCount, withEvents,
                info.persons(), firstBuildMs, secondBuildMs, info.lastBuildMillis(), info.bytes() / 1e6, (heapAfter - heapBefore) / 1e6,
                CALLS, WARM_UP, dates, String.join("\n", rows), plainSqlMs, sqlEmployed,
                province != null && sqlEmployed == province.employed() ? "yes" : "NO");
        System.out.println("\n" + report);
        BenchReport.write("## Region overview", report);
    }

    /** Milliseconds from a bulk change to the first province overview it lets through. */
    private double untilAnswered() {
        long started = System.nanoTime();
        events.publishEvent(PersonsChanged.everyone());
        while (true) {
            try {
                overview.find(RegionCode.of("15"), LocalDate.now(), PROVINCE).orElseThrow();
                return (System.nanoTime() - started) / 1e6;
            } catch (SnapshotPreparing stillReading) {
                // asked again at once: the reader waited its bounded time inside find
            }
        }
    }

    /** The kind of query the snapshot replaces: the latest event per person, then a count (employed, any age). */
    private long plainSqlEmployed(LocalDate date) {
        return jdbc.sql("""
                SELECT count(*) FROM person p
                CROSS JOIN LATERAL (SELECT e.employed FROM employment_event e
                                    WHERE e.person_id = p.id AND e.voided_at IS NULL AND e.effective_on <= :d
                                    ORDER BY e.effective_on DESC, e.id DESC LIMIT 1) s
                WHERE p.region_code LIKE '15%' AND p.merged_into IS NULL AND p.registered_on <= :d
                  AND p.cert_status NOT IN ('REVOKED', 'DECEASED') AND s.employed
                """).param("d", java.sql.Date.valueOf(date)).query(Long.class).single();
    }

}
