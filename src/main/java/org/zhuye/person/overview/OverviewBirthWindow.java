package org.zhuye.person.overview;

import java.time.LocalDate;
import java.util.function.LongPredicate;

import org.zhuye.person.RetirementRule;
import org.zhuye.person.Sex;
import org.zhuye.person.WorkingAge;

/**
 * Birth dates (as epoch days) that satisfy an age rule on one as-of date. Reaching an age
 * ({@code birth.plusYears(n) <= asOf}) and not yet reaching retirement
 * ({@code asOf < retirementDate(birth)}) are both monotone in the birth date, so each rule is one
 * threshold, found by binary search with the exact rule itself: the snapshot then compares
 * integers per person and agrees with {@link WorkingAge#isOfWorkingAge} on every birthday,
 * 29 February included.
 */
final class OverviewBirthWindow {

    /** Far enough back for anyone alive; births before it are simply "old". */
    private static final int SEARCH_YEARS = 150;

    private OverviewBirthWindow() {
    }

    /** The latest birth day on which someone is at least {@code years} old on {@code asOf}. */
    static long lastBirthReaching(int years, LocalDate asOf) {
        return lastTrue(day -> !asOf.isBefore(LocalDate.ofEpochDay(day).plusYears(years)), asOf);
    }

    /**
     * The closed range {@code [from, to]} of birth days of working age on {@code asOf} for one
     * sex (empty when {@code from > to}).
     */
    static long[] workingAge(WorkingAge rule, Sex sex, LocalDate asOf) {
        RetirementRule retirement = sex == Sex.MALE ? rule.men() : rule.women();
        long youngest = lastBirthReaching(rule.minimumAgeYears(), asOf);
        // Retired on asOf: asOf >= retirementDate(birth), true for every birth up to some day.
        long lastRetired = lastTrue(day -> !asOf.isBefore(retirement.retirementDate(LocalDate.ofEpochDay(day))), asOf);
        return new long[]{lastRetired + 1, youngest};
    }

    /**
     * For a predicate that holds for early days and not for later ones, the last day in
     * {@code [asOf - 150 years, asOf]} on which it holds, or the day before that range if none.
     */
    private static long lastTrue(LongPredicate holds, LocalDate asOf) {
        long lo = asOf.minusYears(SEARCH_YEARS).toEpochDay();
        long hi = asOf.toEpochDay();
        if (!holds.test(lo)) {
            return lo - 1;
        }
        if (holds.test(hi)) {
            return hi;
        }
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (holds.test(mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
