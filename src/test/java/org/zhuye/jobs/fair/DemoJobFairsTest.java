package org.zhuye.jobs.fair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.testing.ZhuyeTest;

/** The fairs demo: two years of fairs with gaps in the SOE count, a past fair with everything and an upcoming one. */
@ZhuyeTest
class DemoJobFairsTest {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    DemoJobFairs demo;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    FairFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCalendarHoldsMostLeaguesSoeFairsInBothYearsBeforeTodayWithSomeMissing() {
        List<String[]> leagues = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            leagues.add(new String[]{String.format("15%02d00000000", i), "盟市" + i});
        }

        DemoFairCalendar calendar = DemoFairCalendar.plan(leagues, TODAY, 15);

        var soe = calendar.fairs().stream().filter(f -> f.kind() == FairKind.STATE_OWNED).toList();
        assertThat(soe.size()).isBetween(14, 23);
        assertThat(soe).extracting(f -> f.day().getYear()).contains(TODAY.getYear() - 1, TODAY.getYear());
        assertThat(calendar.fairs()).allMatch(f -> f.day().isBefore(TODAY));
        assertThat(calendar.fairs()).extracting(DemoFairCalendar.Planned::kind).contains(FairKind.values());
    }

    @Test
    void aPastFairRecordsUnitsRegistrationsCheckInsIntentsAndCallbacksAndAnUpcomingOneItsFirstRegistrations() {
        long unit = fixtures.unit("兴安盟演示测试国企", "152201000000");
        for (int i = 0; i < 3; i++) {
            fixtures.publishedPosting(unit, "152201001001", "演示测试岗位" + i, TODAY.plusMonths(3));
        }
        for (int i = 0; i < 6; i++) {
            fixtures.person("152201001001");
        }
        long before = jdbc.sql("SELECT count(*) FROM job_fair").query(Long.class).single();

        demo.populate(accounts.provinceAdmin(), TODAY);

        assertThat(jdbc.sql("SELECT count(*) FROM job_fair").query(Long.class).single()).isGreaterThan(before + 14);
        Long past = jdbc.sql("SELECT id FROM job_fair WHERE ends_on = ? AND title LIKE '%（往期）' ORDER BY id DESC LIMIT 1")
                .param(TODAY.minusDays(40)).query(Long.class).single();
        long registered = count("SELECT count(*) FROM job_fair_registration WHERE fair_id = ?", past);
        long attended = count("SELECT count(*) FROM job_fair_registration WHERE fair_id = ? AND checked_in_at IS NOT NULL", past);
        long intents = count("SELECT count(*) FROM job_fair_intent WHERE fair_id = ?", past);
        assertThat(registered).isPositive();
        assertThat(attended).isPositive().isLessThanOrEqualTo(registered);
        assertThat(intents).isPositive();
        assertThat(count("SELECT count(*) FROM job_referral WHERE fair_id = ? AND source = 'FAIR'", past)).isEqualTo(intents);
        assertThat(count("SELECT count(*) FROM job_fair_intent WHERE fair_id = ? AND called_back_on IS NOT NULL", past))
                .isPositive().isLessThan(intents + 1);
        Long upcoming = jdbc.sql("SELECT id FROM job_fair WHERE starts_on = ? AND title LIKE '%（即将举办）' ORDER BY id DESC LIMIT 1")
                .param(TODAY.plusDays(20)).query(Long.class).single();
        assertThat(count("SELECT count(*) FROM job_fair_registration WHERE fair_id = ? AND checked_in_at IS NULL", upcoming))
                .isPositive();
    }

    private long count(String sql, long fairId) {
        return jdbc.sql(sql).param(fairId).query(Long.class).single();
    }
}
