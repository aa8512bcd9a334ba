package org.zhuye.training.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.Inputs;
import org.zhuye.testing.Tries;
import org.zhuye.training.CourseKind;
import org.zhuye.training.EnrolmentResult;

/**
 * Person-times and persons over generated enrolment sets, against a plain model of the rule: a
 * completed enrolment (合格/不合格) with its result date in the period is one 人次; 人数 are its distinct persons.
 */
class PersonTimeTallyProperties {

    static final RegionCode LEAGUE = RegionCode.of("1525");
    /** Villages of three counties of the league, and the league's own code (someone registered at the league). */
    static final String[] PLACES = {"152501001001", "152501002003", "152502001001", "152502101002", "152527100001",
            "152500000000"};
    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);

    static List<PersonTimeTally.Enrolment> enrolments(Inputs in) {
        int people = in.between(1, 12);
        String[] homes = new String[people];
        for (int i = 0; i < people; i++) {
            homes[i] = PLACES[in.between(0, PLACES.length - 1)];
        }
        return in.list(0, 40, g -> {
            int person = g.between(0, people - 1);
            EnrolmentResult result = g.chance(0.1) ? null : g.oneOf(EnrolmentResult.class);
            LocalDate on = result == null ? null : LocalDate.of(2024, 11, 1).plusDays(g.between(0, 500));
            return new PersonTimeTally.Enrolment(person, homes[person], g.oneOf(CourseKind.class), result, on);
        });
    }

    /** The rule as plainly as it can be said. */
    static long[] model(List<PersonTimeTally.Enrolment> all, String prefix) {
        long times = 0;
        Set<Long> persons = new HashSet<>();
        for (PersonTimeTally.Enrolment e : all) {
            if ((e.result() == EnrolmentResult.PASSED || e.result() == EnrolmentResult.FAILED)
                    && !e.resultOn().isBefore(FROM) && !e.resultOn().isAfter(TO) && e.personRegion().startsWith(prefix)) {
                times++;
                persons.add(e.personId());
            }
        }
        return new long[] {times, persons.size()};
    }

    @Test
    void theTotalIsTheModelsAndPersonsNeverExceedPersonTimes() {
        Tries.check(in -> {
            var all = enrolments(in);
            TrainingFigures f = PersonTimeTally.tally(LEAGUE, FROM, TO, null, all);
            long[] expected = model(all, "1525");
            assertThat(f.total().personTimes()).isEqualTo(expected[0]);
            assertThat(f.total().persons()).isEqualTo(expected[1]);
            assertThat(f.total().persons()).isLessThanOrEqualTo(f.total().personTimes());
        });
    }

    @Test
    void theKindsPersonTimesSumToTheTotal() {
        Tries.check(in -> {
            TrainingFigures f = PersonTimeTally.tally(LEAGUE, FROM, TO, null, enrolments(in));
            assertThat(f.byKind().values().stream().mapToLong(TrainingFigures.Counts::personTimes).sum())
                    .isEqualTo(f.total().personTimes());
        });
    }

    @Test
    void childRegionsSumToTheParentAndEachIsTheModelsForItsPrefix() {
        Tries.check(in -> {
            var all = enrolments(in);
            TrainingFigures f = PersonTimeTally.tally(LEAGUE, FROM, TO, null, all);
            List<TrainingFigures.Counts> parts = new ArrayList<>(f.children().stream().map(TrainingFigures.Row::counts).toList());
            if (f.unassigned() != null) {
                parts.add(f.unassigned());
            }
            assertThat(parts.stream().mapToLong(TrainingFigures.Counts::personTimes).sum()).isEqualTo(f.total().personTimes());
            // A person lives in one region, so persons add up too.
            assertThat(parts.stream().mapToLong(TrainingFigures.Counts::persons).sum()).isEqualTo(f.total().persons());
            for (TrainingFigures.Row row : f.children()) {
                long[] expected = model(all, RegionCode.of(row.region()).significantPrefix());
                assertThat(row.counts()).isEqualTo(new TrainingFigures.Counts(expected[0], expected[1]));
            }
        });
    }

    @Test
    void aWithdrawnEnrolmentCountsInNeither() {
        Tries.check(in -> {
            var all = enrolments(in);
            TrainingFigures before = PersonTimeTally.tally(LEAGUE, FROM, TO, null, all);
            var more = new ArrayList<>(all);
            more.add(new PersonTimeTally.Enrolment(99, PLACES[in.between(0, PLACES.length - 1)], in.oneOf(CourseKind.class),
                    EnrolmentResult.WITHDRAWN, FROM.plusDays(in.between(0, 364))));
            TrainingFigures after = PersonTimeTally.tally(LEAGUE, FROM, TO, null, more);
            assertThat(after.total()).isEqualTo(before.total());
            assertThat(after.children()).isEqualTo(before.children());
        });
    }

    @Test
    void aPersonOnTwoCoursesIsTwoPersonTimesAndOnePerson() {
        var two = List.of(
                new PersonTimeTally.Enrolment(1, "152501001001", CourseKind.VOCATIONAL, EnrolmentResult.PASSED, LocalDate.of(2025, 3, 1)),
                new PersonTimeTally.Enrolment(1, "152501001001", CourseKind.PRACTICAL, EnrolmentResult.FAILED, LocalDate.of(2025, 9, 1)));
        TrainingFigures f = PersonTimeTally.tally(LEAGUE, FROM, TO, null, two);
        assertThat(f.total()).isEqualTo(new TrainingFigures.Counts(2, 1));
        assertThat(f.byKind().get(CourseKind.VOCATIONAL)).isEqualTo(new TrainingFigures.Counts(1, 1));
        assertThat(f.children()).containsExactly(new TrainingFigures.Row("152501000000", new TrainingFigures.Counts(2, 1)));
    }
}
