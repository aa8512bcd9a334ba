package org.zhuye.casework.dibao;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The 低保渐退 period in force for a region and date: its length in months and the share of 低保
 * still paid in each month of it (rules.md §5: default 6 months, both configurable).
 */
public record TaperRule(int months, List<Integer> monthlyPercent, String source) {

    public TaperRule {
        monthlyPercent = List.copyOf(monthlyPercent);
        if (monthlyPercent.size() != months) {
            throw new IllegalArgumentException("渐退期每月比例须与月数一致");
        }
    }

    /** The day the taper ends: the same day of the month {@code months} later (低保 stops from then). */
    public LocalDate endsOn(LocalDate workStartedOn) {
        return workStartedOn.plusMonths(months);
    }

    /** The share paid on {@code date}, or 0 outside the period. */
    public static int percentOn(LocalDate workStartedOn, List<Integer> monthlyPercent, LocalDate date) {
        if (date.isBefore(workStartedOn)) {
            return 0;
        }
        long month = ChronoUnit.MONTHS.between(workStartedOn, date);
        return month < monthlyPercent.size() ? monthlyPercent.get((int) month) : 0;
    }
}
