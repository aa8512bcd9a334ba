package org.zhuye.casework.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.casework.CaseworkCoverage;
import org.zhuye.casework.CoverageFigures;
import org.zhuye.person.synthetic.DemoPersons;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.ZhuyeTest;

/**
 * The demo's 四个一 services on a small demo population confined to one county (突泉县) that no other
 * test registers in. The shared test database is not empty, so the runner's guard would skip; the
 * test calls the loader's step directly.
 */
@ZhuyeTest
class DemoCaseworkTest {

    static final String COUNTY = "152224";
    static final Jurisdiction PROVINCE = Jurisdiction.of("15");

    @Autowired
    ApplicationContext context;
    @Autowired
    DemoCasework demo;
    @Autowired
    CaseworkCoverage coverage;
    @Autowired
    JdbcClient jdbc;

    @Test
    void demoPersonsGetServicesOfBothYearsFromTheirRegistrationOnSoCoverageShowsPartialProgress() {
        LocalDate today = LocalDate.now();
        // The sample is seeded by person id, and other tests move the ids: enough persons that a year never ends up
        // with no one complete by chance (at 400 it happened once in a full run).
        DemoPersons.register(context, COUNTY, 1000, 21);
        long started = System.nanoTime();
        int recorded = demo.populate(COUNTY, 15, today);
        System.out.printf("demo casework: %d services in %.1f s%n", recorded, (System.nanoTime() - started) / 1e9);

        String ofCounty = "FROM casework_service s JOIN person p ON p.id = s.person_id WHERE p.region_code LIKE ? ";
        assertThat(count("SELECT count(*) " + ofCounty)).isEqualTo(recorded).isPositive();
        List<Integer> years = jdbc.sql("SELECT DISTINCT s.cycle_year " + ofCounty + "ORDER BY 1").param(COUNTY + "%")
                .query(Integer.class).list();
        assertThat(years).containsExactly(today.getYear() - 1, today.getYear());
        assertThat(count("SELECT count(*) " + ofCounty + "AND (s.served_on < p.registered_on OR s.served_on > CURRENT_DATE)"))
                .as("services dated before registration or in the future").isZero();
        List<String> kinds = jdbc.sql("SELECT DISTINCT s.kind " + ofCounty + "ORDER BY 1").param(COUNTY + "%")
                .query(String.class).list();
        assertThat(kinds).containsExactlyInAnyOrder("VERIFICATION", "ASSESSMENT", "DEMAND", "SERVICE");
        assertThat(count("SELECT count(*) " + ofCounty + "AND (s.outcome = 'EMPLOYED' OR s.employment_event_id IS NOT NULL)"))
                .as("no service moves anyone into work").isZero();
        assertThat(count("SELECT count(*) " + ofCounty + "AND s.recorded_by <> 'system'")).isZero();
        assertThat(count("""
                SELECT count(*) FROM audit_event
                WHERE action = 'CASEWORK_SERVICE_RECORDED' AND actor = 'system' AND region_code LIKE ?
                """)).isEqualTo(recorded);

        for (int year : List.of(today.getYear() - 1, today.getYear())) {
            CoverageFigures figures = coverage.find(RegionCode.of(COUNTY), year, PROVINCE).orElseThrow().figures();
            long withAllFour = count("""
                    SELECT count(*) FROM (SELECT s.person_id FROM casework_service s JOIN person p ON p.id = s.person_id
                    WHERE p.region_code LIKE ? AND s.cycle_year = %d GROUP BY s.person_id HAVING count(DISTINCT s.kind) = 4) t
                    """.formatted(year));
            assertThat(withAllFour).as("persons with all four in %d", year).isPositive();
            assertThat(figures.complete()).as("complete in the coverage of %d", year).isEqualTo(withAllFour);
            // Partial progress: most verified, fewer served, far from everyone complete.
            assertThat(figures.verified()).isGreaterThan(figures.served());
            assertThat(figures.served()).isGreaterThanOrEqualTo(figures.complete());
            assertThat(figures.complete()).isLessThan(figures.eligible() / 2);
        }
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(COUNTY + "%").query(Long.class).single();
    }
}
