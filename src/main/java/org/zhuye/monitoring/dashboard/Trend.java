package org.zhuye.monitoring.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.zhuye.monitoring.Aggregation;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Grouped;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.ReportingPeriod;

/**
 * The month-by-month figures of one indicator over the elapsed part of a period. For a flow, also the running
 * total and, with a target, the 时序 line: the target times the share of the period elapsed at each month's
 * end, which the running total should stay above. Other aggregations do not add over months (a person trained
 * in two months is one 人数, a stock is read at a day), so they get the monthly figures only.
 *
 * @param labels     每月的名称 (3月, or 2023年3月 when the period spans years)
 * @param monthly    the figure of each month as a number (null where a ratio has no base)
 * @param cumulative the running total, or null when the indicator does not add over months
 * @param expected   the 时序 target line, or null without a target or a running total
 */
public record Trend(List<String> labels, List<Double> monthly, List<Double> cumulative, List<Double> expected) {

    static Trend of(Indicator indicator, ReportingPeriod period, List<ReportingPeriod> months, List<Figure> figures,
                    BigDecimal target) {
        boolean spansYears = period.from().getYear() != period.to().getYear();
        boolean adds = indicator.aggregation() == Aggregation.FLOW;
        List<String> labels = new ArrayList<>();
        List<Double> monthly = new ArrayList<>();
        List<Double> cumulative = adds ? new ArrayList<>() : null;
        List<Double> expected = adds && target != null ? new ArrayList<>() : null;
        double total = 0;
        for (int i = 0; i < months.size(); i++) {
            ReportingPeriod month = months.get(i);
            labels.add((spansYears ? month.from().getYear() + "年" : "") + month.from().getMonthValue() + "月");
            Double value = figures.get(i).number(indicator.unit());
            monthly.add(value);
            if (adds) {
                total += value == null ? 0 : value;
                cumulative.add(total);
            }
            if (expected != null) {
                expected.add(Math.round(target.doubleValue() * period.elapsedShare(month.to()) * 10) / 10.0);
            }
        }
        return new Trend(labels, monthly, cumulative, expected);
    }

    /** A point of the trend as its table prints it: 1,234 or 56.7, — where a ratio has no base. */
    public static String shown(Double value) {
        if (value == null) {
            return "—";
        }
        return value == Math.rint(value) ? Grouped.number(value.longValue()) : Grouped.number(value, 1);
    }

    public boolean isEmpty() {
        return labels.isEmpty();
    }
}
