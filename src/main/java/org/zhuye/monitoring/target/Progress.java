package org.zhuye.monitoring.target;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.zhuye.monitoring.Aggregation;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.ReportingPeriod;

/**
 * A target against what has been achieved by a day. For what accumulates over the period (a flow, persons
 * counted once) the completion is compared with 时序进度 — the share of the period's days gone — and
 * projected to the period's end at the pace so far; a level (a stock, a rate) is compared with the target
 * itself, since it does not grow with the days.
 *
 * @param target     the target in the shown unit (a percentage for a rate)
 * @param achieved   the figure in the same unit, or null when there is none (a rate of an empty base)
 * @param expected   the completion due by now: 时序进度 for what accumulates, 1 for a level
 * @param cumulative whether the figure accumulates over the period
 */
public record Progress(double target, Double achieved, double expected, boolean cumulative) {

    public static Progress of(Indicator indicator, BigDecimal target, Figure achieved, ReportingPeriod period, LocalDate asOf) {
        boolean cumulative = accumulates(indicator);
        return new Progress(target.doubleValue(), achieved == null ? null : achieved.number(indicator.unit()),
                cumulative ? period.elapsedShare(asOf) : 1.0, cumulative);
    }

    /** Whether the indicator's figure accumulates over the period (a flow, persons counted once), so 时序进度 applies. */
    public static boolean accumulates(Indicator indicator) {
        return indicator.aggregation() == Aggregation.FLOW || indicator.aggregation() == Aggregation.DISTINCT;
    }

    /** Achieved ÷ target (1 = done), or null when the target is 0 or there is no figure. */
    public Double completion() {
        return achieved == null || target == 0 ? null : achieved / target;
    }

    /** The figure at the period's end if the pace so far holds; a level is projected as it stands. */
    public Double projected() {
        if (achieved == null) {
            return null;
        }
        if (!cumulative) {
            return achieved;
        }
        return expected == 0 ? null : achieved / expected;
    }

    /** Completion minus 时序进度, in percentage points: +5 is five points ahead, −5 five behind; null without a completion. */
    public Double pointsAhead() {
        Double completion = completion();
        return completion == null ? null : (completion - expected) * 100;
    }

    /** Whether the completion is below what is due by now. A target of 0 is never behind. */
    public boolean behindSchedule() {
        if (target == 0) {
            return false;
        }
        Double completion = completion();
        return completion == null || completion < expected - 1e-9;
    }

    public boolean onCourse() {
        return !behindSchedule();
    }
}
