package org.zhuye.person.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.person.OutOfWorkCohort;
import org.zhuye.person.overview.OverviewFigures;
import org.zhuye.person.overview.RegionOverview;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.Region;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionFile;
import org.zhuye.testing.ZhuyeTest;

/**
 * The demo population through the real registration path. The shared test database is not empty,
 * so the runner's own guard would skip; the test calls the population step directly, with persons
 * confined to one city (锡林浩特市) that no other test registers in.
 */
@ZhuyeTest
class DemoPopulationTest {

    static final String BANNER = "152502";
    static final int PERSONS = 600;

    @Autowired
    DemoPopulation demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegionOverview overview;

    @Autowired
    OutOfWorkCohort cohorts;

    static final Jurisdiction PROVINCE = Jurisdiction.of("15");

    @Test
    void demoPersonsAreRegisteredWithTheirStatusAsABaselineAndAuditedAsTheSystem() throws IOException {
        List<Region> banner;
        try (InputStream in = getClass().getResourceAsStream("/regions/15.csv")) {
            banner = RegionFile.read(in).regions().stream().filter(r -> r.code().startsWith(BANNER)).toList();
        }
        SyntheticPopulation population = new SyntheticPopulation(SyntheticVillages.of(banner), 99, LocalDate.now());

        long started = System.nanoTime();
        assertThat(demo.populate(population, PERSONS)).isEqualTo(PERSONS);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("demo population: %d persons registered in %.1f s, %.0f persons/s%n", PERSONS, seconds,
                PERSONS / seconds);

        long registered = jdbc.sql("SELECT count(*) FROM person WHERE region_code LIKE ? AND name LIKE ?")
                .params(BANNER + "%", "%" + SyntheticNames.MARKER).query(Long.class).single();
        assertThat(registered).isEqualTo(PERSONS);
        long baselines = jdbc.sql("""
                SELECT count(*) FROM employment_event e JOIN person p ON p.id = e.person_id
                WHERE p.region_code LIKE ? AND e.baseline AND e.recorded_by = 'system'
                """).param(BANNER + "%").query(Long.class).single();
        assertThat(baselines).isEqualTo(PERSONS);
        long withStatus = jdbc.sql("SELECT count(*) FROM person WHERE region_code LIKE ? AND employed IS NOT NULL")
                .param(BANNER + "%").query(Long.class).single();
        assertThat(withStatus).isEqualTo(PERSONS);
        long audited = jdbc.sql("""
                SELECT count(*) FROM audit_event
                WHERE action = 'PERSON_REGISTERED' AND actor = 'system' AND region_code LIKE ?
                """).param(BANNER + "%").query(Long.class).single();
        assertThat(audited).isEqualTo(PERSONS);

        registeredOverThePastYearsWithEverythingDatedFromRegistration();
        theOverviewAndTheCohortOfAPastYearCountThoseRegisteredByThen();
    }

    private void registeredOverThePastYearsWithEverythingDatedFromRegistration() {
        assertThat(count("SELECT count(DISTINCT extract(year FROM registered_on)) FROM person WHERE region_code LIKE ?"))
                .as("years of registration").isGreaterThanOrEqualTo(6);
        assertThat(count("SELECT count(*) FROM person WHERE region_code LIKE ? AND registered_on > current_date")).isZero();
        assertThat(count("SELECT count(*) FROM person WHERE region_code LIKE ? AND registered_on < birth_date")).isZero();
        assertThat(count("""
                SELECT count(*) FROM employment_event e JOIN person p ON p.id = e.person_id
                WHERE p.region_code LIKE ? AND (e.effective_on < p.registered_on OR e.baseline AND e.effective_on <> p.registered_on)
                """)).as("statuses before registration, or baselines not on its day").isZero();
        assertThat(count("""
                SELECT count(*) FROM employment_event e JOIN person p ON p.id = e.person_id
                WHERE p.region_code LIKE ? AND NOT e.baseline
                """)).as("moves recorded after the baseline").isGreaterThan(PERSONS / 20);
        assertThat(count("""
                SELECT count(*) FROM household_member m JOIN person p ON p.id = m.person_id
                WHERE p.region_code LIKE ? AND m.start_on < p.registered_on
                """)).as("registered members counted before they were registered").isZero();
        String beforeTheFirstRegistration = """
                SELECT count(*) FROM %s x JOIN (
                    SELECT m.household_id, min(p.registered_on) AS first FROM household_member m JOIN person p ON p.id = m.person_id
                    WHERE p.region_code LIKE ? GROUP BY m.household_id) h ON h.household_id = x.household_id
                WHERE x.start_on < h.first
                """;
        assertThat(count(beforeTheFirstRegistration.formatted("household_member"))).as("members before the household's record").isZero();
        assertThat(count(beforeTheFirstRegistration.formatted("dibao_interval"))).as("低保 before the household's record").isZero();
    }

    private void theOverviewAndTheCohortOfAPastYearCountThoseRegisteredByThen() {
        LocalDate today = LocalDate.now();
        LocalDate twoYearsAgo = today.minusYears(2);
        OverviewFigures now = overview.find(RegionCode.of(BANNER), today, PROVINCE).orElseThrow().figures();
        OverviewFigures then = overview.find(RegionCode.of(BANNER), twoYearsAgo, PROVINCE).orElseThrow().figures();
        System.out.printf("demo overview: %d persons today, %d on %s (就业率 %s, new employment %d)%n",
                now.total(), then.total(), twoYearsAgo, then.employmentRateText(), then.newEmployment());
        assertThat(now.total()).isEqualTo(PERSONS);
        assertThat(then.total()).isPositive().isLessThan(now.total());
        assertThat(then.workingAgeEmployed()).isPositive().isLessThan(then.workingAge());
        assertThat(then.workingAgeNoStatus()).as("everyone registered by then had a status from that day").isZero();
        LocalDate lastYearEnd = LocalDate.of(today.getYear() - 1, 12, 31);
        assertThat(overview.find(RegionCode.of(BANNER), lastYearEnd, PROVINCE).orElseThrow().figures().newEmployment())
                .as("moves into work last year").isPositive();

        int year = today.getYear() - 2;
        int[] cohort = {0};
        cohorts.visit(RegionCode.of(BANNER), List.of(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), PROVINCE,
                (child, region, personId, outOfWork) -> cohort[0]++);
        long registeredBy = count("SELECT count(*) FROM person WHERE region_code LIKE ? AND registered_on <= '" + year + "-12-31'");
        System.out.printf("四个一 cohort of %d: %d of the %d registered by its end%n", year, cohort[0], registeredBy);
        assertThat(cohort[0]).isPositive().isLessThan((int) registeredBy);
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(BANNER + "%").query(Long.class).single();
    }
}
