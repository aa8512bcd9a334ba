package org.zhuye.monitoring.target;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Grouped;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.IndicatorUnit;
import org.zhuye.monitoring.ReportingPeriod;

/**
 * Where a region stands on one indicator against its target, held in the form it is printed, and the one place
 * that prints it: the dashboard's cards and tables, the targets overview and the quarterly 通报 all print through
 * it, so that a completion, a 时序进度 or a "behind" reads the same everywhere.
 *
 * <p>What accumulates over the period (a flow, persons counted once, {@link Progress#accumulates}) is held to
 * 时序进度; a level (a rate, a stock) is compared with its target itself and has no 时序进度 ("—") and no projection.
 * The points ahead are rounded to one place when the standing is made, and "behind" is read from them, so that
 * the text, the tables and the mark agree (−0.04 prints 0.0 and is on schedule).
 *
 * <p>This record is also a stored format: every 通报 keeps its standings as JSON (unwrapped into the ranking's
 * lines), and an issued one never changes. Renaming or re-meaning a component would change how issued 通报 read.
 * 通报 drafted before levels were told apart lack {@code level} (read as false: every indicator was then held to
 * 时序进度); those drafted before projections were kept lack {@code projection} (null).
 *
 * @param figure      the figure as printed (1,234 or 56.7%)
 * @param target      the target as printed, or null when the region has none
 * @param completion  figure ÷ target in percent, unrounded (it ranks); null without a figure or a non-zero target
 * @param expected    the completion due by now in percent: 时序进度 for what accumulates, 100 for a level
 * @param pointsAhead completion minus {@code expected} in percentage points, rounded to one place; null without a
 *                    completion
 * @param level       a rate or a stock, compared with the target itself rather than 时序进度
 * @param projection  the figure at the period's end at the pace so far, as printed; null for a level or without a pace
 */
public record Standing(String figure, String target, Double completion, double expected, Double pointsAhead,
                       @JsonSetter(nulls = Nulls.AS_EMPTY) boolean level, String projection) {

    /**
     * @param target the target of the period in the shown unit (a percentage for a rate), or null when there is none
     */
    public static Standing of(Indicator indicator, Figure figure, BigDecimal target, ReportingPeriod period, LocalDate asOf) {
        IndicatorUnit unit = indicator.unit();
        boolean level = !Progress.accumulates(indicator);
        double expected = level ? 100 : 100 * period.elapsedShare(asOf);
        if (target == null) {
            return new Standing(figure.shown(unit), null, null, expected, null, level, null);
        }
        Progress progress = Progress.of(indicator, target, figure, period, asOf);
        Double completion = progress.completion() == null ? null : 100 * progress.completion();
        Double points = completion == null ? null : oneDecimal(completion - expected);
        String projection = level || progress.projected() == null ? null : number(progress.projected(), unit.scale());
        String shownTarget = Grouped.number(target, unit.scale()) + (unit == IndicatorUnit.PERCENT ? "%" : "");
        return new Standing(figure.shown(unit), shownTarget, completion, expected, points, level, projection);
    }

    /** Whether the region has a target at all (it may still have no completion: a target of 0, a rate of nothing). */
    public boolean hasTarget() {
        return target != null;
    }

    /** Whether there is a completion to rank and compare: a figure and a non-zero target. */
    public boolean hasCompletion() {
        return completion != null;
    }

    /** Behind what is due as printed: the rounded points are below zero. */
    public boolean behind() {
        return pointsAhead != null && pointsAhead < 0;
    }

    /** What the completion is measured against, in the federation's words: 时序进度, or the target for a level. */
    public String mark() {
        return level ? "目标" : "时序进度";
    }

    /** The mark of a region behind: 低于时序进度 / 低于目标. */
    public String behindLabel() {
        return "低于" + mark();
    }

    public String targetText() {
        return target == null ? "未设目标" : target;
    }

    /** Completion in a table whose heading carries the %: 76.3, or — without one. */
    public String completionShown() {
        return completion == null ? "—" : percent(completion);
    }

    /** Completion with its sign: 76.3%, or —. */
    public String completionText() {
        return completion == null ? "—" : percent(completion) + "%";
    }

    /** Completion rounded as printed, for a chart's value; null without one. */
    public Double completionRounded() {
        return completion == null ? null : oneDecimal(completion);
    }

    /** 时序进度 in a table whose heading carries the %: 74.8; a level has none (—). */
    public String expectedShown() {
        return level ? "—" : percent(expected);
    }

    public String expectedText() {
        return level ? "—" : percent(expected) + "%";
    }

    /** The points in a table: +1.5, −2.0, 0.0, or — without a completion. */
    public String pointsShown() {
        if (pointsAhead == null) {
            return "—";
        }
        return (pointsAhead > 0 ? "+" : pointsAhead < 0 ? "−" : "") + percent(Math.abs(pointsAhead));
    }

    /** In words, as a 通报 says it: 高于时序进度1.2个百分点, 低于目标3.0个百分点, 与时序进度持平, 达到目标; — without a completion. */
    public String pointsText() {
        if (pointsAhead == null) {
            return "—";
        }
        if (pointsAhead > 0) {
            return "高于" + mark() + percent(pointsAhead) + "个百分点";
        }
        if (pointsAhead < 0) {
            return behindLabel() + percent(-pointsAhead) + "个百分点";
        }
        return level ? "达到目标" : "与时序进度持平";
    }

    /** The projection and whether it reaches the target: 1,337（难以完成目标）, or —. */
    public String projectionText() {
        if (projection == null) {
            return "—";
        }
        return projection + (behind() ? "（难以完成目标）" : "（可完成目标）");
    }

    /** One place, as every percentage and point of a standing is printed. */
    public static String percent(double value) {
        return Grouped.plain(value, 1);
    }

    private static String number(double value, int scale) {
        return Grouped.number(value, scale);
    }

    private static double oneDecimal(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
