package org.zhuye.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.monitoring.Indicators;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.person.PersonsChanged;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;

/**
 * The employment indicators at the registry's size: synthetic persons loaded with SQL into a fresh embedded
 * database, then the dashboard's employment figures (新增就业, 城镇, 农村, 就业人数, 就业率, each with the 12 leagues)
 * for the province for a year, and one indicator for one county, each measured right after a change to one
 * person (a new snapshot, so nothing is answered from the last call) and again unchanged; beside them the plain
 * SQL a nightly table build would run (GROUP BY over employment_event ⋈ person). Writes
 * docs/bench-14-employment.md. Run: {@code mvn -Pbench test -Dtest=EmploymentIndicatorBench -Dzhuye.bench.persons=1600000}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "zhuye.data-dir=${zhuye.bench.data-dir}",
        "zhuye.admin.initial-password=Bench-Steppe-2026",
})
class EmploymentIndicatorBench {

    static final int PERSONS = Integer.getInteger("zhuye.bench.persons", 1_600_000);
    static final int CALLS = 60;
    static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    static final List<String> DASHBOARD = List.of("new_employment", "new_employment_urban", "new_employment_rural",
            "employed_persons", "employment_rate");

    static {
        BenchReport.freshDataDirectory("employment-indicators");
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Indicators indicators;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void employmentIndicatorsAtProvinceScale() throws IOException {
        long loadStarted = System.nanoTime();
        SyntheticRegistrySql.load(jdbc, PERSONS);
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
        events.publishEvent(PersonsChanged.everyone());
        long someone = jdbc.sql("SELECT min(id) FROM person").query(Long.class).single();
        int year = LocalDate.now().getYear() - 1;
        ReportingPeriod period = ReportingPeriod.year(year);
        RegionCode province = RegionCode.of("15");
        RegionCode county = RegionCode.of("150102");

        long[] provinceAfterChange = time(() -> {
            events.publishEvent(PersonsChanged.of(someone));
            return 0;
        }, () -> DASHBOARD.stream().mapToLong(c -> indicators.figures(c, province, period, PROVINCE).total().value()).sum());
        long[] provinceUnchanged = time(() -> 0, () -> DASHBOARD.stream()
                .mapToLong(c -> indicators.figures(c, province, period, PROVINCE).total().value()).sum());
        long[] countyAfterChange = time(() -> {
            events.publishEvent(PersonsChanged.of(someone));
            return 0;
        }, () -> indicators.figures("new_employment", county, period, PROVINCE).total().value());
        long moves = indicators.figures("new_employment", province, period, PROVINCE).total().value();

        long[] sql = new long[5];
        long sqlMoves = 0;
        for (int i = 0; i < sql.length; i++) {
            long started = System.nanoTime();
            sqlMoves = nightlyBuild(year);
            sql[i] = System.nanoTime() - started;
        }
        Arrays.sort(sql);
        double sqlMedianMs = sql[sql.length / 2] / 1e6;
        double p95 = provinceAfterChange[(int) Math.ceil(CALLS * 0.95) - 1] / 1e6;

        String report = """
                ## Employment indicators (issue 14)

                %s, %s. `EmploymentIndicatorBench` (`mvn -Pbench test -Dtest=EmploymentIndicatorBench -Dzhuye.bench.persons=%d`,
                surefire `-Xmx1g`): %,d synthetic persons (`SyntheticRegistrySql`) loaded in %.0f s. %d calls each;
                "after a change" publishes a one-person `PersonsChanged` before each call (a new snapshot, so nothing
                is answered from the last call's cache), timing only the figures.

                | what | p50 ms | p95 ms | max ms |
                |---|---|---|---|
                | dashboard: 5 employment indicators × (province + 12 leagues), year %d, after a change | %.1f | %.1f | %.1f |
                | the same, unchanged (answers kept for the snapshot) | %.2f | %.2f | %.2f |
                | new_employment for one county (150102), after a change | %.2f | %.2f | %.2f |

                The plain SQL of a nightly table build (moves into work by league and form, GROUP BY over
                employment_event ⋈ person with the window over each person's history), median of 5: %.0f ms;
                ratio to the live dashboard's p95: %.1f×. Moves counted %,d; SQL %,d (%s).
                """.formatted(BenchReport.machine(), ZonedDateTime.now().toLocalDate(), PERSONS, PERSONS, loadSeconds, CALLS,
                year, ms(provinceAfterChange, 0.5), p95, ms(provinceAfterChange, 1), ms(provinceUnchanged, 0.5),
                ms(provinceUnchanged, 0.95), ms(provinceUnchanged, 1), ms(countyAfterChange, 0.5), ms(countyAfterChange, 0.95),
                ms(countyAfterChange, 1), sqlMedianMs, sqlMedianMs / p95, moves, sqlMoves, moves == sqlMoves ? "equal" : "DIFFERENT");
        System.out.println("\n" + report);
        Files.writeString(Path.of("docs/bench-14-employment.md"), report);
    }

    private static long[] time(LongSupplier before, LongSupplier call) {
        for (int i = 0; i < 10; i++) {
            before.getAsLong();
            call.getAsLong();
        }
        long[] nanos = new long[CALLS];
        for (int i = 0; i < CALLS; i++) {
            before.getAsLong();
            long started = System.nanoTime();
            call.getAsLong();
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * quantile) - 1)] / 1e6;
    }

    /** What a nightly build of a table of moves by league and form would run; returns the province's total. */
    private long nightlyBuild(int year) {
        return jdbc.sql("""
                SELECT coalesce(sum(n), 0) FROM (
                    SELECT substr(p.region_code, 1, 4) AS league, t.form, p.hukou, count(*) AS n
                    FROM (SELECT e.person_id, e.effective_on, e.employed, e.baseline, e.form,
                                 lag(e.employed) OVER (PARTITION BY e.person_id ORDER BY e.effective_on, e.id) AS was_employed
                          FROM employment_event e WHERE e.voided_at IS NULL AND e.effective_on <= :to) t
                    JOIN person p ON p.id = t.person_id
                    WHERE p.merged_into IS NULL AND p.region_code LIKE '15%' AND t.employed AND NOT t.baseline
                      AND t.effective_on >= :from AND coalesce(t.was_employed, false) = false
                    GROUP BY 1, 2, 3) g
                """).param("from", java.sql.Date.valueOf(LocalDate.of(year, 1, 1)))
                .param("to", java.sql.Date.valueOf(LocalDate.of(year, 12, 31))).query(Long.class).single();
    }
}
