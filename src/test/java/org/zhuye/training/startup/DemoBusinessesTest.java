package org.zhuye.training.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

@ZhuyeTest
class DemoBusinessesTest {

    @Autowired
    AccountFixtures accounts;
    @Autowired
    DemoBusinesses demo;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoRegistersBusinessesInThePastWithTheirMoveIntoWorkThroughTheServices() {
        StartupFixtures fixtures = new StartupFixtures(accounts);
        for (int i = 0; i < 6; i++) {
            fixtures.owner("演示创业" + "甲乙丙丁戊己".charAt(i));
        }
        Jurisdiction village = Jurisdiction.of(StartupFixtures.VILLAGE);
        LocalDate today = Businesses.today();
        long before = jdbc.sql("SELECT count(*) FROM business").query(Long.class).single();

        int made = demo.populate(village, today);

        assertThat(made).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM business").query(Long.class).single()).isEqualTo(before + made);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM business b JOIN employment_event e ON e.id = b.employment_event_id
                WHERE b.created_by = 'system' AND e.form = 3 AND e.effective_on = b.started_on AND b.credit_code LIKE '__150402MA%'
                """).query(Long.class).single()).isGreaterThanOrEqualTo(made);
        assertThat(jdbc.sql("SELECT count(*) FROM business WHERE credit_code LIKE '__150402MA%' AND started_on > ?")
                .param(today).query(Long.class).single()).isZero();
    }
}
