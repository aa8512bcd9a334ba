package org.zhuye.monitoring.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.monitoring.target.Standing;

/**
 * A dashboard card or table line: the indicator, its figure from the period's first day to the as-of day, and
 * where it stands against the target of exactly that period (a plan target is not pro-rated), printed by
 * {@link Standing}. The figure is kept as a number for the charts.
 */
public record IndicatorStanding(Indicator indicator, Figure figure, Standing standing) {

    static IndicatorStanding of(Indicator indicator, Figure figure, BigDecimal target, ReportingPeriod period, LocalDate asOf) {
        return new IndicatorStanding(indicator, figure, Standing.of(indicator, figure, target, period, asOf));
    }

    /** The unit printed after a count (人, 人次); a percentage carries its own sign. */
    public String unitText() {
        return indicator.unit().afterFigure();
    }
}
