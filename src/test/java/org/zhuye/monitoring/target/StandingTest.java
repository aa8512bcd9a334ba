package org.zhuye.monitoring.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.zhuye.monitoring.Aggregation;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.IndicatorUnit;
import org.zhuye.monitoring.ReportingPeriod;

/**
 * The one standing every page and 通报 prints: counts that accumulate against 时序进度, levels (rates, stocks)
 * against the target itself, points rounded before "behind" is read from them.
 */
class StandingTest {

    static final Indicator JOBS = Indicator.of("new_employment", "新增残疾人就业", IndicatorUnit.PERSON, Aggregation.FLOW, "定义", "就业");
    static final Indicator HOUSEHOLDS = Indicator.of("zero_employment_households", "零就业家庭", IndicatorUnit.HOUSEHOLD,
            Aggregation.STOCK, "定义", "就业");
    static final Indicator COVERAGE = Indicator.of("four_services_coverage", "四个一覆盖率", IndicatorUnit.PERCENT,
            Aggregation.RATIO, "定义", "服务");
    static final ReportingPeriod YEAR = ReportingPeriod.year(2026);

    @Test
    void aFlowHalfDoneAtTheEndOfSeptemberIsBehindByTheMissingPoints() {
        // 30 September: 273 of 365 days, 74.8%.
        Standing s = Standing.of(JOBS, Figure.count(1000), new BigDecimal("2000"), YEAR, LocalDate.of(2026, 9, 30));
        assertThat(s.completionText()).isEqualTo("50.0%");
        assertThat(s.expectedText()).isEqualTo("74.8%");
        assertThat(s.pointsText()).isEqualTo("低于时序进度24.8个百分点");
        assertThat(s.pointsShown()).isEqualTo("−24.8");
        assertThat(s.behind()).isTrue();
        assertThat(s.projectionText()).isEqualTo("1,337（难以完成目标）");
    }

    @Test
    void aFlowAheadOfTheCalendarIsNotBehindAndProjectsPastItsTarget() {
        Standing s = Standing.of(JOBS, Figure.count(600), new BigDecimal("1000"), YEAR, LocalDate.of(2026, 6, 30));
        assertThat(s.behind()).isFalse();
        assertThat(s.pointsText()).startsWith("高于时序进度10.4");
        assertThat(s.projectionText()).endsWith("（可完成目标）");
    }

    @Test
    void withoutATargetThereIsNoCompletionAndNothingIsBehind() {
        Standing s = Standing.of(JOBS, Figure.count(5), null, YEAR, LocalDate.of(2026, 9, 30));
        assertThat(s.targetText()).isEqualTo("未设目标");
        assertThat(s.completionText()).isEqualTo("—");
        assertThat(s.pointsText()).isEqualTo("—");
        assertThat(s.behind()).isFalse();
    }

    @Test
    void aStockIsComparedWithItsTargetButNotWithTheCalendar() {
        Standing s = Standing.of(HOUSEHOLDS, Figure.count(10), new BigDecimal("100"), YEAR, LocalDate.of(2026, 9, 30));
        assertThat(s.completionText()).isEqualTo("10.0%");
        assertThat(s.expectedText()).isEqualTo("—");
        assertThat(s.pointsText()).isEqualTo("低于目标90.0个百分点");
        assertThat(s.behind()).isTrue();
        assertThat(s.projectionText()).isEqualTo("—");
        Standing reached = Standing.of(HOUSEHOLDS, Figure.count(100), new BigDecimal("100"), YEAR, LocalDate.of(2026, 9, 30));
        assertThat(reached.pointsText()).isEqualTo("达到目标");
        assertThat(reached.behind()).isFalse();
    }

    @Test
    void pointsThatRoundToNoughtAreLevelWithScheduleAndNotBehind() {
        // 30 September is 74.795% of the year: 7,479 of 10,000 is 0.005 points behind, printed 0.0, so not behind.
        Standing s = Standing.of(JOBS, Figure.count(7479), new BigDecimal("10000"), YEAR, LocalDate.of(2026, 9, 30));
        assertThat(s.pointsAhead()).isEqualTo(0.0);
        assertThat(s.pointsText()).isEqualTo("与时序进度持平");
        assertThat(s.pointsShown()).isEqualTo("0.0");
        assertThat(s.behind()).isFalse();
    }

    @Test
    void aRateIsComparedAsAPercentageAndIsNotProjected() {
        Standing s = Standing.of(COVERAGE, Figure.ratio(45, 100), new BigDecimal("90"), YEAR, LocalDate.of(2026, 9, 30));
        assertThat(s.figure()).isEqualTo("45.0%");
        assertThat(s.targetText()).isEqualTo("90.0%");
        assertThat(s.completionText()).isEqualTo("50.0%");
        assertThat(s.behind()).isTrue();
        assertThat(s.behindLabel()).isEqualTo("低于目标");
        assertThat(s.expectedShown()).isEqualTo("—");
        assertThat(s.projectionText()).isEqualTo("—");
        Standing none = Standing.of(COVERAGE, Figure.ratio(0, 0), new BigDecimal("90"), YEAR, LocalDate.of(2026, 9, 30));
        assertThat(none.completionText()).isEqualTo("—");
        assertThat(none.behind()).isFalse();
    }
}
