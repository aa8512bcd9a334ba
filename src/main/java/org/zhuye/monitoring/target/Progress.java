package org.zhuye.monitoring.target;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.zhuye.monitoring.ReportingPeriod;

/**
 * Progress of a figure against its target as of a day. {@code completion} is achieved ÷ target; 时序进度
 * ({@code expected}) is the share of the target's period elapsed by the end of the day; a region is behind
 * schedule when its completion is below that. The projection carries the pace so far to the period's end.
 *
 * @param achieved   the figure from the target's first day to {@code asOf} (or its last day, if earlier)
 * @param target     the target's value
 * @param completion achieved ÷ target (0.5 = 50%), or null when the target is 0
 * @param expected   时序进度, 0–1
 * @param projected  achieved ÷ elapsed share: where the period ends at this pace (null before it begins)
 */
public record Progress(double achieved, BigDecimal target, Double completion, double expected, Double projected) {

    public static Progress of(double achieved, BigDecimal target, ReportingPeriod period, LocalDate asOf) {
        double expected = period.elapsedShare(asOf);
        Double completion = target.signum() == 0 ? null : achieved / target.doubleValue();
        Double projected = expected == 0 ? null : achieved / expected;
        return new Progress(achieved, target, completion, expected, projected);
    }

    /** Completion minus 时序进度 in percentage points (positive: ahead), or null without a completion. */
    public Double pointsAhead() {
        return completion == null ? null : 100 * (completion - expected);
    }

    public boolean behindSchedule() {
        return completion != null && completion < expected;
    }

    /** Whether the projection reaches the target by the period's end. */
    public boolean onCourse() {
        return projected != null && projected >= target.doubleValue();
    }
}
