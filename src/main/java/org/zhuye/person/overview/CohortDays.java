package org.zhuye.person.overview;

import java.time.LocalDate;

import org.zhuye.person.Sex;
import org.zhuye.person.WorkingAge;
import org.zhuye.person.WorkingAgeRules;

/**
 * Working age over a period of days for one group of regions that share their rules, reduced to
 * birth-day thresholds per day (as {@link OverviewBirthWindow} does for one date), so a person's
 * check is integer comparisons. Where the rule changes inside the period, the days are split into
 * runs with one rule each: working age is an unbroken span of days only under one rule.
 */
final class CohortDays {

    final int from;
    final int to;
    /** Per day: the latest birth day that has reached the minimum age. */
    private final int[] reached;
    /** Per day and sex (men first): the earliest birth day not yet retired. */
    private final int[] notRetiredMen;
    private final int[] notRetiredWomen;
    /** Per day: the first day (index) of the run of days with the same rule. */
    private final int[] runStart;

    CohortDays(WorkingAgeRules.Table table, String regionCode, LocalDate first, LocalDate last) {
        this.from = (int) first.toEpochDay();
        this.to = (int) last.toEpochDay();
        int days = to - from + 1;
        reached = new int[days];
        notRetiredMen = new int[days];
        notRetiredWomen = new int[days];
        runStart = new int[days];
        WorkingAge previous = null;
        for (int i = 0; i < days; i++) {
            LocalDate day = LocalDate.ofEpochDay(from + i);
            WorkingAge rule = table.on(regionCode, day);
            long[] men = OverviewBirthWindow.workingAge(rule, Sex.MALE, day);
            long[] women = OverviewBirthWindow.workingAge(rule, Sex.FEMALE, day);
            reached[i] = (int) men[1];
            notRetiredMen[i] = (int) men[0];
            notRetiredWomen[i] = (int) women[0];
            // Rules are interned by the table: equal rules are the same instance.
            runStart[i] = i > 0 && rule == previous ? runStart[i - 1] : i;
            previous = rule;
        }
    }

    /** Of working age on day {@code day} (epoch day inside the period). */
    boolean workingAgeOn(int birth, boolean female, int day) {
        int i = day - from;
        return birth <= reached[i] && birth >= (female ? notRetiredWomen : notRetiredMen)[i];
    }

    /**
     * Of working age on at least one day of {@code [first, last]} (inside the period). Under one rule
     * working age is a span of days, so it meets the run when the person has reached the minimum
     * age by its last day and is not retired on its first.
     */
    boolean workingAgeSomeDay(int birth, boolean female, int first, int last) {
        int[] notRetired = female ? notRetiredWomen : notRetiredMen;
        int j = last - from;
        int lo = first - from;
        while (j >= lo) {
            int start = Math.max(lo, runStart[j]);
            if (birth <= reached[j] && birth >= notRetired[start]) {
                return true;
            }
            j = start - 1;
        }
        return false;
    }

    /**
     * Whether a person is in the cohort of the period, and still out of work on its last day.
     * Events are the person's non-voided statuses {@code [first, end)} in order (day, then id).
     *
     * @return 0 not in the cohort; {@link #IN_COHORT}, plus {@link #OUT_ON_LAST_DAY} when still of
     *         working age and not in work on the last day
     */
    int check(int birth, boolean female, int registered, int[] eventDays, byte[] eventFlags, int first, int end) {
        int lo = Math.max(from, registered);
        if (lo > to) {
            return 0;
        }
        int k = first;
        boolean employed = false;
        while (k < end && eventDays[k] <= lo) {
            employed = (eventFlags[k] & OverviewBlock.EMPLOYED) != 0;
            k++;
        }
        boolean inCohort = false;
        int segmentStart = lo;
        for (; k < end && eventDays[k] <= to; k++) {
            int day = eventDays[k];
            if (!inCohort && !employed && day > segmentStart && workingAgeSomeDay(birth, female, segmentStart, day - 1)) {
                inCohort = true;
            }
            employed = (eventFlags[k] & OverviewBlock.EMPLOYED) != 0;
            segmentStart = day;
        }
        if (!inCohort && !employed && workingAgeSomeDay(birth, female, segmentStart, to)) {
            inCohort = true;
        }
        if (!inCohort) {
            return 0;
        }
        return !employed && workingAgeOn(birth, female, to) ? IN_COHORT | OUT_ON_LAST_DAY : IN_COHORT;
    }

    static final int IN_COHORT = 1;
    static final int OUT_ON_LAST_DAY = 2;
}
