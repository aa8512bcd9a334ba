package org.zhuye.monitoring.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.testing.Tries;

class StandingProperties {

    @Test
    void aRegionIsBehindExactlyWhenItsPointsBelowTheShareOfTheYearElapsedPrintBelowNought() {
        Tries.check(500, in -> {
            ReportingPeriod year = ReportingPeriod.year(in.between(2020, 2030));
            LocalDate asOf = year.from().plusDays(in.between(0, 364));
            long achieved = in.between(0, 5000);
            BigDecimal target = BigDecimal.valueOf(in.between(1, 5000));
            Standing s = Standing.of(StandingTest.JOBS, Figure.count(achieved), target, year, asOf);
            double gap = (achieved / target.doubleValue() - year.elapsedShare(asOf)) * 100;
            // Behind is read from the points as printed (one place), so a gap that prints 0.0 is not behind.
            if (s.behind()) {
                assertThat(gap).isLessThan(-0.05 + 1e-9);
            } else {
                assertThat(gap).isGreaterThan(-0.05 - 1e-9);
            }
            assertThat(s.pointsText().startsWith("低于")).isEqualTo(s.behind());
            assertThat(s.pointsShown().startsWith("−")).isEqualTo(s.behind());
        });
    }
}
