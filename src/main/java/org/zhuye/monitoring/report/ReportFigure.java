package org.zhuye.monitoring.report;

import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Grouped;
import org.zhuye.monitoring.Indicator;

/**
 * One indicator's line of a report: the figure computed now from the records and, once approved, the one
 * frozen at approval (null before). The difference is live minus frozen, so a record entered after the
 * approval shows without rewriting what was approved.
 */
public record ReportFigure(Indicator indicator, Figure live, Figure frozen) {

    public String liveShown() {
        return live.shown(indicator.unit());
    }

    public String frozenShown() {
        return frozen == null ? null : frozen.shown(indicator.unit());
    }

    /** Whether the records have changed the figure since it was frozen. */
    public boolean changed() {
        return frozen != null && !frozen.equals(live);
    }

    /** +3, −1.5 (percentage points for a ratio), or 0; null before approval or when a ratio has no base. */
    public String differenceShown() {
        if (frozen == null) {
            return null;
        }
        Double now = live.number(indicator.unit());
        Double then = frozen.number(indicator.unit());
        if (now == null || then == null) {
            return changed() ? "有变化" : "0";
        }
        double d = now - then;
        if (Math.abs(d) < 1e-9) {
            return "0";
        }
        String text = Grouped.number(Math.abs(d), indicator.unit().scale());
        return (d > 0 ? "+" : "−") + text;
    }
}
