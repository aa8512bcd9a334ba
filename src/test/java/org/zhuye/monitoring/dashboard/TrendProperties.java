package org.zhuye.monitoring.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.testing.Tries;

/** The trend's running total and 时序 line, for any year, as-of day and monthly figures. */
class TrendProperties {

    @Test
    void theRunningTotalEndsAtTheSumOfTheMonthsAndTheTimeLineRisesToTheTargetAtMost() {
        Tries.check(500, in -> {
            ReportingPeriod year = ReportingPeriod.year(in.between(2020, 2030));
            LocalDate asOf = year.from().plusDays(in.between(0, 364));
            List<ReportingPeriod> months = year.upTo(asOf).orElseThrow().months();
            List<Figure> figures = months.stream().map(m -> Figure.count(in.between(0, 500))).toList();
            BigDecimal target = BigDecimal.valueOf(in.between(0, 10_000));
            Trend t = Trend.of(TrendTest.JOBS, year, months, figures, target);

            long sum = figures.stream().mapToLong(Figure::value).sum();
            assertThat(t.labels()).hasSize(months.size());
            assertThat(t.cumulative().get(t.cumulative().size() - 1)).isEqualTo((double) sum);
            for (int i = 1; i < t.expected().size(); i++) {
                assertThat(t.cumulative().get(i)).isGreaterThanOrEqualTo(t.cumulative().get(i - 1));
                assertThat(t.expected().get(i)).isGreaterThanOrEqualTo(t.expected().get(i - 1));
            }
            assertThat(t.expected().get(t.expected().size() - 1)).isLessThanOrEqualTo(target.doubleValue());
        });
    }
}
