package org.zhuye.monitoring.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.ZhuyeTest;

/**
 * The demo's targets, made inside a transaction rolled back afterwards (other tests set province targets of
 * their own): this year's province target split to every league by working-age persons so that it adds up, and
 * one league's counties given more than it received.
 */
@ZhuyeTest
class DemoTargetsTest {

    @Autowired
    DemoTargets demo;
    @Autowired
    TargetRepository targets;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void thisYearsProvinceTargetIsSplitToEveryLeagueAndOneLeagueAssignsMoreThanItReceived() {
        ReportingPeriod year = ReportingPeriod.year(LocalDate.now().getYear());
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM indicator_target WHERE period_from = ? AND period_to = ?").params(year.from(), year.to()).update();
            int set = demo.populate(year);
            assertThat(set).isGreaterThan(12);

            BigDecimal province = targets.find("new_employment", RegionCode.of("15"), year).orElseThrow().value();
            List<String> leagues = jdbc.sql("SELECT code FROM region WHERE level = 2 AND kind = 'ADMIN' ORDER BY code")
                    .query(String.class).list();
            List<Target> leagueTargets = targets.ofChildren("new_employment", year, leagues);
            assertThat(leagueTargets).hasSize(leagues.size());
            assertThat(leagueTargets.stream().map(Target::value).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(province);

            boolean someLeagueOverAssigns = false;
            for (Target league : leagueTargets) {
                List<String> counties = jdbc.sql("SELECT code FROM region WHERE parent_code = ? AND kind = 'ADMIN'")
                        .param(league.regionCode()).query(String.class).list();
                List<Target> countyTargets = targets.ofChildren("new_employment", year, counties);
                if (!countyTargets.isEmpty()) {
                    BigDecimal sum = countyTargets.stream().map(Target::value).reduce(BigDecimal.ZERO, BigDecimal::add);
                    assertThat(sum).isGreaterThanOrEqualTo(league.value());
                    someLeagueOverAssigns |= sum.compareTo(league.value()) > 0;
                }
            }
            assertThat(someLeagueOverAssigns).as("one league's counties get about 5% more than the league received").isTrue();
            status.setRollbackOnly();
        });
    }
}
