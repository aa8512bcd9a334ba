package org.zhuye.monitoring.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.zhuye.monitoring.Aggregation;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.IndicatorUnit;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.monitoring.target.Progress;

/**
 * Where one region stands on one indicator: the figure achieved from the period's first day to the as-of
 * day, the target of exactly that period (or none), and the progress against it as {@link Progress} computes
 * it. The texts are the ones a card, a tooltip and a table cell print.
 *
 * <p>Only counts that accumulate over the period (flows, distinct persons) are held to 时序进度, as
 * {@link Progress} holds them; a rate or a stock is a level compared with the target itself, and a median is
 * no sum, so none of them is behind or ahead of the calendar. A projection carries a pace to the period's end, which only a count
 * that accumulates has.
 */
public record Standing(Indicator indicator, Figure figure, BigDecimal target, Progress progress) {

    static Standing of(Indicator indicator, Figure figure, BigDecimal target, ReportingPeriod period, LocalDate asOf) {
        Double achieved = figure.number(indicator.unit());
        Progress progress = target == null || achieved == null ? null : Progress.of(indicator, target, figure, period, asOf);
        return new Standing(indicator, figure, target, progress);
    }

    /** Whether 时序进度 applies: the figure accumulates over the period. */
    public boolean paced() {
        return Progress.accumulates(indicator);
    }

    /** Whether a projection to the period's end applies: only to what accumulates. */
    public boolean projects() {
        return paced();
    }

    public boolean hasTarget() {
        return target != null;
    }

    /** Behind: a count that accumulates below 时序进度, or a rate below its target. */
    public boolean behind() {
        return (paced() || indicator.aggregation() == Aggregation.RATIO) && progress != null && progress.behindSchedule();
    }

    public String figureText() {
        return figure.shown(indicator.unit());
    }

    /** The unit printed after a count (人, 人次); a percentage carries its own sign. */
    public String unitText() {
        return indicator.unit() == IndicatorUnit.PERCENT ? "" : indicator.unit().label();
    }

    public String targetText() {
        if (target == null) {
            return "未设目标";
        }
        String text = String.format("%,." + indicator.unit().scale() + "f",
                target.setScale(indicator.unit().scale(), RoundingMode.HALF_UP));
        return indicator.unit() == IndicatorUnit.PERCENT ? text + "%" : text;
    }

    /** Completion in percent, one place; null without a target or a figure. */
    public Double completionPercent() {
        return progress == null || progress.completion() == null ? null : round(100 * progress.completion());
    }

    public String completionText() {
        Double c = completionPercent();
        return c == null ? "—" : String.format("%.1f%%", c);
    }

    public String expectedText() {
        return progress == null || !paced() ? "—" : String.format("%.1f%%", 100 * progress.expected());
    }

    /** 高于时序进度 5.1 个百分点 / 低于… / 与时序进度持平, or — where 时序进度 does not apply. */
    public String pointsText() {
        if (progress == null || !paced() || progress.pointsAhead() == null) {
            return "—";
        }
        double points = progress.pointsAhead();
        if (points == 0) {
            return "与时序进度持平";
        }
        // The word follows the exact difference, so that a region marked behind never reads as level.
        String side = points > 0 ? "高于" : "低于";
        return Math.abs(points) < 0.05 ? side + "时序进度不足 0.1 个百分点"
                : String.format("%s时序进度 %.1f 个百分点", side, round(Math.abs(points)));
    }

    /** The figure at the period's end at the pace so far, as the figure is printed, or —. */
    public String projectionText() {
        if (progress == null || !projects() || progress.projected() == null) {
            return "—";
        }
        String text = String.format("%,." + indicator.unit().scale() + "f", progress.projected());
        return text + (progress.onCourse() ? "（可完成目标）" : "（难以完成目标）");
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
