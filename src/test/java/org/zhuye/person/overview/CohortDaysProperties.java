package org.zhuye.person.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuye.person.RetirementRule;
import org.zhuye.person.Sex;
import org.zhuye.person.WorkingAge;
import org.zhuye.person.WorkingAgeRules;
import org.zhuye.testing.Inputs;
import org.zhuye.testing.Tries;

/**
 * The out-of-work cohort's per-person check against its definition taken literally: for each day
 * of the period, registered, of working age by the rule in force that day, and not in work by the
 * latest status on or before it. Periods cross 2025-01-01, where the retirement rule changes.
 */
class CohortDaysProperties {

    static final String VILLAGE = "150602001001";
    static final WorkingAgeRules.Table RULES = new WorkingAgeRules.Table(List.of(
            row(Sex.MALE, "1978-06-02", 60, YearMonth.of(2999, 1), 0),
            row(Sex.FEMALE, "1978-06-02", 55, YearMonth.of(2999, 1), 0),
            row(Sex.MALE, "2025-01-01", 60, YearMonth.of(1965, 1), 36),
            row(Sex.FEMALE, "2025-01-01", 55, YearMonth.of(1970, 1), 36)));
    static final LocalDate FIRST = LocalDate.of(2023, 1, 1);

    private static WorkingAgeRules.Row row(Sex sex, String from, int base, YearMonth firstDelayed, int maxDelay) {
        return new WorkingAgeRules.Row("15", sex, LocalDate.parse(from), 16,
                new RetirementRule(base, firstDelayed, 4, maxDelay), "test");
    }

    /** A person: birth, sex, registration and employment events (day offset from FIRST, employed). */
    record Case(LocalDate birth, Sex sex, LocalDate registered, List<int[]> events, LocalDate from, LocalDate to) {
        int[] days() {
            return events.stream().mapToInt(e -> (int) FIRST.plusDays(e[0]).toEpochDay()).toArray();
        }

        byte[] flags() {
            byte[] flags = new byte[events.size()];
            for (int i = 0; i < flags.length; i++) {
                flags[i] = events.get(i)[1] == 1 ? OverviewBlock.EMPLOYED : 0;
            }
            return flags;
        }

        /** The events up to the period's end and one more: what happened next. */
        Case withEvent(int day, boolean employed) {
            int end = (int) (to.toEpochDay() - FIRST.toEpochDay());
            List<int[]> more = new ArrayList<>(events.stream().filter(e -> e[0] <= end).toList());
            more.add(new int[]{day, employed ? 1 : 0});
            more.sort(Comparator.comparingInt(e -> e[0]));  // stable: a same-day event added last stays last
            return new Case(birth, sex, registered, more, from, to);
        }

        Case until(LocalDate end) {
            return new Case(birth, sex, registered, events, from, end);
        }

        /** With the events' pairs spelled out, for a failure's report. */
        @Override
        public String toString() {
            return "Case[birth=" + birth + ", sex=" + sex + ", registered=" + registered + ", events="
                    + events.stream().map(Arrays::toString).toList() + ", from=" + from + ", to=" + to + "]";
        }
    }

    static Case aCase(Inputs in) {
        return in.of(c -> {
            LocalDate birth = LocalDate.of(1953, 1, 1).plusDays(c.between(0, 365 * 60));
            Sex sex = c.oneOf(Sex.class);
            LocalDate registered = FIRST.plusDays(c.between(-400, 1300));
            List<int[]> events = new ArrayList<>(c.list(0, 5, e -> new int[]{e.between(0, 1400), e.oneOf(0, 1)}));
            events.sort(Comparator.comparingInt(e -> e[0]));
            LocalDate from = FIRST.plusDays(c.between(0, 900));
            return new Case(birth, sex, registered, events, from, from.plusDays(c.between(0, 400)));
        });
    }

    static int check(Case c) {
        CohortDays days = new CohortDays(RULES, VILLAGE, c.from(), c.to());
        int[] eventDays = c.days();
        return days.check((int) c.birth().toEpochDay(), c.sex() == Sex.FEMALE, (int) c.registered().toEpochDay(),
                eventDays, c.flags(), 0, eventDays.length);
    }

    /** The definition, day by day. */
    static int reference(Case c) {
        boolean inCohort = false;
        boolean outOnLast = false;
        for (LocalDate day = c.from(); !day.isAfter(c.to()); day = day.plusDays(1)) {
            WorkingAge rule = RULES.on(VILLAGE, day);
            boolean workingAge = rule.isOfWorkingAge(c.sex(), c.birth(), day);
            boolean employed = false;
            for (int[] e : c.events()) {
                if (!FIRST.plusDays(e[0]).isAfter(day)) {
                    employed = e[1] == 1;
                }
            }
            boolean out = !c.registered().isAfter(day) && workingAge && !employed;
            inCohort |= out;
            if (day.equals(c.to())) {
                outOnLast = workingAge && !employed;
            }
        }
        return inCohort ? CohortDays.IN_COHORT | (outOnLast ? CohortDays.OUT_ON_LAST_DAY : 0) : 0;
    }

    @Test
    void theCheckAgreesWithTheDayByDayDefinition() {
        Tries.check(600, in -> {
            Case c = aCase(in);
            assertThat(check(c)).as("%s", c).isEqualTo(reference(c));
        });
    }

    @Test
    void findingWorkLaterInTheYearKeepsSomeoneInTheCohort() {
        Tries.check(400, in -> {
            Case c = aCase(in);
            int later = in.between(1, 300);
            if (check(c) == 0) {
                return;
            }
            LocalDate jobDay = c.to().plusDays(later);
            Case employedLater = c.withEvent((int) (jobDay.toEpochDay() - FIRST.toEpochDay()), true).until(jobDay.plusDays(30));
            int result = check(employedLater);
            assertThat(result & CohortDays.IN_COHORT).isEqualTo(CohortDays.IN_COHORT);
            assertThat(result & CohortDays.OUT_ON_LAST_DAY).as("in work at the end, so off the open list").isZero();
        });
    }

    @Test
    void someonePastRetirementAgeForTheWholePeriodIsNeverInTheCohort() {
        Tries.check(300, in -> {
            Case c = aCase(in);
            WorkingAge rule = RULES.on(VILLAGE, c.from());
            RetirementRule retirement = c.sex() == Sex.MALE ? rule.men() : rule.women();
            if (retirement.retirementDate(c.birth()).isAfter(c.from())) {
                return;
            }
            assertThat(check(c)).isZero();
        });
    }

    @Test
    void someoneInWorkEveryDayOfThePeriodIsNeverInTheCohort() {
        Tries.check(300, in -> {
            Case c = aCase(in);
            int dayBefore = (int) (c.from().toEpochDay() - FIRST.toEpochDay());
            Case alwaysEmployed = new Case(c.birth(), c.sex(), c.registered(), List.of(new int[]{Math.min(dayBefore, 0), 1}),
                    c.from(), c.to());
            if (FIRST.plusDays(Math.min(dayBefore, 0)).isAfter(c.from())) {
                return;
            }
            assertThat(check(alwaysEmployed)).isZero();
        });
    }

    @Test
    void aWomanWhoReachesRetirementMidYearIsInTheCohortButNotOnTheListAtTheEnd() {
        // Born 1969-06-10: 55 on 2024-06-10, before the delay applies to her birth cohort.
        Case c = new Case(LocalDate.of(1969, 6, 10), Sex.FEMALE, LocalDate.of(2020, 1, 1), List.of(),
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        assertThat(check(c)).isEqualTo(CohortDays.IN_COHORT);
    }

    @Test
    void someoneWithNoStatusRecordedCountsAsNotInWork() {
        Case c = new Case(LocalDate.of(1990, 3, 3), Sex.MALE, LocalDate.of(2020, 1, 1), List.of(),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(check(c)).isEqualTo(CohortDays.IN_COHORT | CohortDays.OUT_ON_LAST_DAY);
    }

    @Test
    void someoneRegisteredAfterThePeriodIsNotInIt() {
        Case c = new Case(LocalDate.of(1990, 3, 3), Sex.MALE, LocalDate.of(2026, 1, 2), List.of(),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(check(c)).isZero();
    }
}
