package org.zhuye.person.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.region.Region;
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
    }
}
