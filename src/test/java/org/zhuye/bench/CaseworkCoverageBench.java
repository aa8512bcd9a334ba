package org.zhuye.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.casework.CaseworkChanged;
import org.zhuye.casework.CaseworkCoverage;
import org.zhuye.casework.CoverageFigures;
import org.zhuye.casework.WorkList;
import org.zhuye.person.PersonsChanged;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;

/**
 * 四个一 coverage at the size of Inner Mongolia's registry: 1.6 million synthetic persons and about
 * three million service records loaded with SQL, then coverage for the province, a league and a
 * county in the current and the previous cycle year, and the county's open list. Writes
 * docs/benchmarks.md. Run: {@code mvn -Pbench test -Dtest=CaseworkCoverageBench}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "zhuye.data-dir=${zhuye.bench.data-dir}",
        "zhuye.admin.initial-password=Bench-Steppe-2026",
})
class CaseworkCoverageBench {

    static final int PERSONS = Integer.getInteger("zhuye.bench.persons", 1_600_000);
    static final int WARM_UP = 60;
    static final int CALLS = 200;
    static final Jurisdiction PROVINCE = Jurisdiction.of("15");

    static {
        BenchReport.freshDataDirectory("casework");
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseworkCoverage coverage;
    @Autowired
    WorkList workList;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void coverageAtProvinceScale() throws IOException {
        long started = System.nanoTime();
        SyntheticRegistrySql.load(jdbc, PERSONS);
        double personSeconds = (System.nanoTime() - started) / 1e9;
        int year = LocalDate.now().getYear();
        started = System.nanoTime();
        SyntheticActivitySql.loadServices(jdbc, year);
        SyntheticActivitySql.loadServices(jdbc, year - 1);
        jdbc.sql("ANALYZE casework_service").update();
        double serviceSeconds = (System.nanoTime() - started) / 1e9;
        long services = jdbc.sql("SELECT count(*) FROM casework_service").query(Long.class).single();

        started = System.nanoTime();
        events.publishEvent(PersonsChanged.everyone());
        double snapshotMs = (System.nanoTime() - started) / 1e6;
        events.publishEvent(CaseworkChanged.everyone());
        started = System.nanoTime();
        coverage.find(RegionCode.of("15"), year, PROVINCE).orElseThrow();
        double indexMs = (System.nanoTime() - started) / 1e6;

        List<String> rows = new ArrayList<>();
        CoverageFigures province = null;
        for (String[] scope : new String[][]{{"15", "自治区（12个盟市）"}, {"1506", "鄂尔多斯市"}, {"150602", "东胜区"}}) {
            RegionCode code = RegionCode.of(scope[0]);
            for (int i = 0; i < WARM_UP; i++) {
                coverage.find(code, year - i % 2, PROVINCE).orElseThrow();
            }
            long[] nanos = new long[CALLS];
            CoverageFigures figures = null;
            for (int i = 0; i < CALLS; i++) {
                long t = System.nanoTime();
                CoverageFigures f = coverage.find(code, year - i % 2, PROVINCE).orElseThrow().figures();
                nanos[i] = System.nanoTime() - t;
                if (i == 0) {
                    figures = f;
                }
            }
            if (scope[0].equals("15")) {
                province = figures;
            }
            rows.add(String.format(Locale.ROOT, "| %s (%s) | %,d | %,d | %d | %s |", scope[1], scope[0], figures.eligible(),
                    figures.complete(), CALLS, BenchReport.percentiles(nanos)));
        }

        long[] listNanos = new long[CALLS];
        long open = 0;
        for (int i = 0; i < WARM_UP + CALLS; i++) {
            long t = System.nanoTime();
            WorkList.Page page = workList.find(new WorkList.Query(RegionCode.of("150602"), year, null,
                    WorkList.Order.VILLAGE, i % 5, 50), PROVINCE);
            if (i >= WARM_UP) {
                listNanos[i - WARM_UP] = System.nanoTime() - t;
            }
            open = page.total();
        }

        String report = """
                ## 四个一 coverage

                %s, %s. `CaseworkCoverageBench` (`mvn -Pbench test -Dtest=CaseworkCoverageBench`, surefire `-Xmx1g`):
                %,d synthetic persons (as for the overview) loaded with SQL in %.0f s, then %,d service records for
                the %d and %d cycles (four fifths of persons with one to four kinds, by id) in %.0f s.
                Building the registry snapshot took %.0f ms; the first province-wide call, which reads the service
                index from the database, %.0f ms.

                `CaseworkCoverage.find` (region lookups in SQL, then one pass over the registry snapshot's range
                deciding each person's cohort membership from their events and working-age thresholds per day,
                with their services looked up in the in-memory index, child rows in the same pass), %d calls
                after %d warm-up calls, alternating the two years:

                | region | eligible (%d) | all four | calls | p50 ms | p95 ms | max ms |
                |---|---|---|---|---|---|---|
                %s

                The 东胜区 open list (`WorkList.find`, 50 a page, pages 1–5; %,d persons open): p50 / p95 / max
                %s ms.
                """.formatted(BenchReport.machine(), ZonedDateTime.now().toLocalDate(), PERSONS, personSeconds, services,
                year, year - 1, serviceSeconds, snapshotMs, indexMs, CALLS, WARM_UP, year, String.join("\n", rows),
                open, BenchReport.percentiles(listNanos).replace(" | ", " / "));
        System.out.println("\n" + report + "\nprovince: " + province);
        BenchReport.write("## 四个一 coverage", report);
    }
}
