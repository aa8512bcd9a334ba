package org.zhuye.institution.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.person.PersonInput;
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.PersonTestNumbers;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

@ZhuyeTest
class DemoInstitutionsTest {

    @Autowired
    DemoInstitutions demo;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    JdbcClient jdbc;

    /** Persons of 红山区 registered years ago (as the demo population is), of the categories the demo serves. */
    private void persons() {
        PersonRegistry registry = accounts.bean(PersonRegistry.class);
        List<Long> ids = new ArrayList<>();
        int[] categories = {1, 1, 1, 5, 5, 5, 6, 6, 4, 2};
        for (int i = 0; i < 40; i++) {
            int category = categories[i % categories.length];
            ids.add(registry.register(new PersonInput(PersonTestNumbers.next(category, category == 4 ? 1 : 2), "演示机构测试" + "甲乙丙丁戊己庚辛壬癸".charAt(i % 10) + "子丑寅卯".charAt(i / 10),
                    null, null, "150402001001", "农村", null, null, null, null, null, null, null, null), Jurisdiction.of("15")));
        }
        for (long id : ids) {
            jdbc.sql("UPDATE person SET registered_on = current_date - 1500 WHERE id = ?").param(id).update();
        }
    }

    @Test
    void everyKindIsPresentAndSpansReachBackMoreThanAYear() {
        persons();
        LocalDate today = LocalDate.now();
        long before = jdbc.sql("SELECT count(*) FROM institution").query(Long.class).single();

        int spans = demo.populate(today);

        assertThat(jdbc.sql("SELECT count(*) FROM institution").query(Long.class).single() - before)
                .isEqualTo(DemoInstitutions.INSTITUTIONS);
        assertThat(jdbc.sql("SELECT count(DISTINCT kind) FROM institution WHERE name LIKE '%（虚拟）'").query(Long.class).single())
                .isEqualTo(8);
        assertThat(spans).isPositive();
        LocalDate earliest = jdbc.sql("""
                SELECT min(s.from_on) FROM institution_person s JOIN institution i ON i.id = s.institution_id
                WHERE i.name LIKE '%（虚拟）'""").query(LocalDate.class).single();
        assertThat(earliest).isBefore(today.minusYears(1));
        assertThat(jdbc.sql("""
                SELECT count(*) FROM institution_person s JOIN institution i ON i.id = s.institution_id
                WHERE i.name LIKE '%（虚拟）' AND s.until_on IS NOT NULL""").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM institution WHERE name LIKE '%（虚拟）' AND status <> 'OPERATING'")
                .query(Long.class).single()).isPositive();
    }
}
