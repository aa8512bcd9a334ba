package org.zhuye.monitoring.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuye.monitoring.Aggregation;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.IndicatorUnit;
import org.zhuye.monitoring.ReportingPeriod;

class TrendTest {

    static final Indicator JOBS = Indicator.of("new_employment", "新增残疾人就业", IndicatorUnit.PERSON, Aggregation.FLOW, "定义", "就业");

    @Test
    void theTrendOfAPlanSpanningYearsNamesTheYearOfEachMonth() {
        ReportingPeriod plan = ReportingPeriod.years(2022, 2024);
        ReportingPeriod elapsed = plan.upTo(LocalDate.of(2022, 2, 10)).orElseThrow();
        Trend t = Trend.of(JOBS, plan, elapsed.months(), List.of(Figure.count(3), Figure.count(4)), new BigDecimal("24000"));
        assertThat(t.labels()).containsExactly("2022年1月", "2022年2月");
        assertThat(t.cumulative()).containsExactly(3.0, 7.0);
        assertThat(t.expected().get(1)).isEqualTo(Math.round(24000.0 * 41 / 1096 * 10) / 10.0);
    }
}
