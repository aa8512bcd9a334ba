package org.zhuye.monitoring.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.zhuye.monitoring.Aggregation;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.IndicatorUnit;
import org.zhuye.monitoring.ReportingPeriod;

/** Progress against 时序进度 for what accumulates, against the target itself for a rate. */
class ProgressTest {

    static final Indicator FLOW = Indicator.of("test_flow", "新增", IndicatorUnit.PERSON, Aggregation.FLOW, "d", "就业");
    static final Indicator RATE = Indicator.of("test_rate", "覆盖率", IndicatorUnit.PERCENT, Aggregation.RATIO, "d", "服务");

    @Test
    void aFlowHalfDoneAtThreeQuartersOfTheYearIsBehindAndProjectsShort() {
        // 30 September of a common year: 273 of 365 days gone.
        Progress p = Progress.of(FLOW, new BigDecimal("1000"), Figure.count(500), ReportingPeriod.year(2026), LocalDate.of(2026, 9, 30));
        assertThat(p.expected()).isCloseTo(273.0 / 365, within(1e-9));
        assertThat(p.completion()).isEqualTo(0.5);
        assertThat(p.pointsAhead()).isCloseTo((0.5 - 273.0 / 365) * 100, within(1e-9));
        assertThat(p.behindSchedule()).isTrue();
        assertThat(p.projected()).isCloseTo(500 / (273.0 / 365), within(1e-6));
    }

    @Test
    void aFlowAheadOfTheCalendarIsOnCourse() {
        Progress p = Progress.of(FLOW, new BigDecimal("100"), Figure.count(60), ReportingPeriod.year(2026), LocalDate.of(2026, 3, 31));
        assertThat(p.onCourse()).isTrue();
        assertThat(p.pointsAhead()).isPositive();
    }

    @Test
    void aRateIsComparedWithItsTargetWhateverTheDay() {
        Progress p = Progress.of(RATE, new BigDecimal("95"), Figure.ratio(90, 100), ReportingPeriod.year(2026), LocalDate.of(2026, 1, 10));
        assertThat(p.expected()).isEqualTo(1.0);
        assertThat(p.achieved()).isEqualTo(90.0);
        assertThat(p.behindSchedule()).isTrue();
        assertThat(p.projected()).isEqualTo(90.0);
    }

    @Test
    void aTargetOfZeroIsNeverBehindAndHasNoCompletion() {
        Progress p = Progress.of(FLOW, BigDecimal.ZERO, Figure.count(3), ReportingPeriod.year(2026), LocalDate.of(2026, 6, 1));
        assertThat(p.completion()).isNull();
        assertThat(p.behindSchedule()).isFalse();
    }
}
