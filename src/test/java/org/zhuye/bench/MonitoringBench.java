package org.zhuye.bench;

import java.io.IOException;
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
import org.zhuye.casework.CaseworkChanged;
import org.zhuye.jobs.ReferralsChanged;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.Indicators;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.person.PersonsChanged;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.training.CompletionsChanged;

/**
 * The monitoring figures at the registry's size: synthetic persons, 四个一 services, referrals and training loaded
 * with SQL into a fresh embedded database, then (each call right after a one-person change, so no answer is kept
 * from the last call) the progress dashboard's figures for the province for a year — its six key indicators with
 * the 12 leagues and the chosen indicator's monthly trend —, one indicator for one county, and the annual report's
 * figures (every catalogue indicator) for the province; beside them the plain SQL a nightly table build would run.
 * Run: {@code mvn -Pbench test -Dtest=MonitoringBench -Dbench.jvm=-Dzhuye.bench.persons=1600000}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "zhuye.data-dir=${zhuye.bench.data-dir}",
        "zhuye.admin.initial-password=Bench-Steppe-2026",
        // Loading 1.6 million persons' activity runs statements longer than the application's 60 s limit.
        "spring.jdbc.template.query-timeout=900s",
})
class MonitoringBench {

    static final int PERSONS = Integer.getInteger("zhuye.bench.persons", 1_600_000);
    static final int CALLS = 40;
    static final int REPORT_CALLS = 10;
    static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    /** The dashboard's cards. */
    static final List<String> DASHBOARD = org.zhuye.monitoring.dashboard.Dashboards.KEY_CODES;

    static {
        BenchReport.freshDataDirectory("monitoring");
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Indicators indicators;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void monitoringFiguresAtProvinceScale() throws IOException {
        int year = LocalDate.now().getYear() - 1;
        long started = System.nanoTime();
        SyntheticRegistrySql.load(jdbc, PERSONS);
        double personSeconds = seconds(started);
        started = System.nanoTime();
        SyntheticActivitySql.loadServices(jdbc, year);
        SyntheticActivitySql.loadJobs(jdbc, year);
        SyntheticActivitySql.loadTraining(jdbc, year);
        double activitySeconds = seconds(started);
        // Loaded with plain SQL: every in-memory copy is told to read it all again.
        events.publishEvent(PersonsChanged.everyone());
        events.publishEvent(CaseworkChanged.everyone());
        events.publishEvent(CompletionsChanged.everyone());
        events.publishEvent(ReferralsChanged.everyone());
        long someone = jdbc.sql("SELECT min(id) FROM person").query(Long.class).single();
        ReportingPeriod period = ReportingPeriod.year(year);
        RegionCode province = RegionCode.of("15");
        RegionCode county = RegionCode.of("150102");
        LongSupplier change = () -> {
            events.publishEvent(PersonsChanged.of(someone));
            return 0;
        };
        // As the dashboard and the annual report ask: the figures together (each module's records read once).
        LongSupplier dashboard = () -> indicators.figuresOf(DASHBOARD, province, period, PROVINCE).size()
                + indicators.monthly("new_employment", province, period, PROVINCE).size();
        List<Indicator> catalogue = indicators.catalogue();
        List<String> codes = catalogue.stream().map(Indicator::code).toList();
        LongSupplier report = () -> indicators.figuresOf(codes, province, period, PROVINCE).size();

        long[] dashboardAfterChange = time(CALLS, change, dashboard);
        long[] dashboardUnchanged = time(CALLS, () -> 0, dashboard);
        long[] countyAfterChange = time(CALLS, change,
                () -> indicators.figures("new_employment", county, period, PROVINCE).total().value());
        long[] reportAfterChange = time(REPORT_CALLS, change, report);

        // Where the annual report's time goes: each indicator once, right after a change.
        List<String> slowest = catalogue.stream().map(i -> {
            change.getAsLong();
            long t = System.nanoTime();
            indicators.figures(i.code(), province, period, PROVINCE);
            return new Object[]{i.code(), System.nanoTime() - t};
        }).sorted((a, b) -> Long.compare((long) b[1], (long) a[1])).limit(8)
                .map(a -> String.format(Locale.ROOT, "%s %.0f", a[0], (long) a[1] / 1e6)).toList();

        long moves = indicators.figures("new_employment", province, period, PROVINCE).total().value();
        long trainings = indicators.figures("training_person_times", province, period, PROVINCE).total().value();
        long hires = indicators.figures("hires", province, period, PROVINCE).total().value();
        long[] sql = new long[5];
        long sqlMoves = 0;
        for (int i = 0; i < sql.length; i++) {
            long t = System.nanoTime();
            sqlMoves = nightlyBuild(year);
            sql[i] = System.nanoTime() - t;
        }
        Arrays.sort(sql);
        double sqlMedianMs = sql[sql.length / 2] / 1e6;
        double dashboardP95 = ms(dashboardAfterChange, 0.95);

        String section = """
                ## Monitoring figures (issue 14)

                %s, %s. `MonitoringBench` (`mvn -Pbench test -Dtest=MonitoringBench -Dbench.jvm=-Dzhuye.bench.persons=%d`,
                surefire `-Xmx1g`): %,d synthetic persons with their employment histories (`SyntheticRegistrySql`)
                loaded in %.0f s; then in %.0f s (`SyntheticActivitySql`) the 四个一 services of %d, %,d referrals
                (a quarter hired) to the postings of %,d employers, and %,d training results in %,d finished courses.
                Every timed call follows a one-person `PersonsChanged` (a new snapshot: nothing is answered from
                the last call), except the "unchanged" row. Year %d; the province's figures: %,d moves into work,
                %,d training person-times, %,d hires; %d indicators in the catalogue.

                | what | calls | p50 ms | p95 ms | max ms | goal |
                |---|---|---|---|---|---|
                | dashboard: the 6 key indicators × (province + 12 leagues) and the monthly trend, after a change | %d | %s | p95 ≤ 200 |
                | the same, unchanged | %d | %s | |
                | one indicator (new_employment) for one county (150102), after a change | %d | %s | ≤ 20 |
                | annual report: all %d catalogue indicators for the province, after a change | %d | %s | ≤ 1,000 |

                The slowest indicators, each alone once after a change (ms): %s.

                The plain SQL of a nightly table build of moves into work by league, form and hukou (GROUP BY over
                employment_event ⋈ person with the window over each person's history), median of 5: %.0f ms, %.1f×
                the live dashboard's p95 for six indicators. Moves counted live %,d; by the SQL %,d (%s).
                """.formatted(BenchReport.machine(), ZonedDateTime.now().toLocalDate(), PERSONS, PERSONS, personSeconds,
                activitySeconds, year, count("job_referral"), count("employer"), count("course_enrolment"), count("course"),
                year, moves, trainings, hires, catalogue.size(),
                CALLS, BenchReport.percentiles(dashboardAfterChange), CALLS, BenchReport.percentiles(dashboardUnchanged),
                CALLS, BenchReport.percentiles(countyAfterChange), catalogue.size(), REPORT_CALLS,
                BenchReport.percentiles(reportAfterChange), String.join(", ", slowest), sqlMedianMs, sqlMedianMs / dashboardP95, moves, sqlMoves,
                moves == sqlMoves ? "equal" : "DIFFERENT");
        System.out.println("\n" + section);
        BenchReport.write("## Monitoring figures", section);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static long[] time(int calls, LongSupplier before, LongSupplier call) {
        for (int i = 0; i < Math.min(10, calls); i++) {
            before.getAsLong();
            call.getAsLong();
        }
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            before.getAsLong();
            long t = System.nanoTime();
            call.getAsLong();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * quantile) - 1)] / 1e6;
    }

    /** What a nightly build of a table of moves by league, form and hukou would run; returns the province's total. */
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
