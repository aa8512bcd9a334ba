package org.zhuye.training.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.Inputs;
import org.zhuye.testing.Tries;
import org.zhuye.training.CourseKind;
import org.zhuye.training.EachKind;
import org.zhuye.training.EnrolmentResult;

/**
 * The in-memory completions count exactly as the one rule, {@link PersonTimeTally}, counts the same enrolments:
 * for every area (province, league, county, town, village, or one outside), period and kind, and after any
 * sequence of persons' rows being replaced, as the index does after each change.
 */
class CompletionColumnsProperties {

    /** Registered places: at a league itself, in counties, towns and villages of two leagues, and another province. */
    static final String[] PLACES = {"150000000000", "150100000000", "150102000000", "150102001000", "150102001001",
            "150102001002", "150102002000", "150104000000", "150104003001", "150400000000", "150402000000",
            "150402100201", "150421000000", "110101000000"};
    static final String[] AREAS = {"150000000000", "150100000000", "150102000000", "150102001000", "150102001001",
            "150400000000", "150421000000", "110000000000", "150900000000"};
    static final LocalDate FIRST = LocalDate.of(2024, 1, 1);

    private static List<PersonTimeTally.Enrolment> enrolmentsOf(Inputs in, long person, String place) {
        return in.list(0, 4, i -> new PersonTimeTally.Enrolment(person, place, i.oneOf(CourseKind.class),
                i.chance(0.15) ? null : i.oneOf(EnrolmentResult.class), FIRST.plusDays(i.between(0, 800))));
    }

    private static Map<Long, List<PersonTimeTally.Enrolment>> registry(Inputs in, int persons) {
        Map<Long, List<PersonTimeTally.Enrolment>> byPerson = new HashMap<>();
        for (int p = 0; p < persons; p++) {
            long id = in.between(1L, 400L);
            byPerson.put(id, enrolmentsOf(in, id, in.oneOf(PLACES)));
        }
        return byPerson;
    }

    private static List<PersonTimeTally.Enrolment> all(Map<Long, List<PersonTimeTally.Enrolment>> byPerson) {
        return byPerson.values().stream().flatMap(List::stream).toList();
    }

    private static void assertCountsAsTheRule(CompletionColumns columns, List<PersonTimeTally.Enrolment> enrolments, Inputs in) {
        RegionCode area = RegionCode.of(in.oneOf(AREAS));
        LocalDate from = FIRST.plusDays(in.between(-30, 800));
        LocalDate to = from.plusDays(in.between(0, 500));
        EachKind<TrainingFigures> figures = columns.figuresOfEachKind(area, from, to);
        assertThat(figures.all()).isEqualTo(PersonTimeTally.tally(area, from, to, null, enrolments));
        for (CourseKind kind : CourseKind.values()) {
            assertThat(figures.of(kind)).as(kind.name()).isEqualTo(PersonTimeTally.tally(area, from, to, kind, enrolments));
        }
    }

    @Test
    void everyAreaPeriodAndKindIsCountedAsTheTallyCountsIt() {
        Tries.check(500, in -> {
            List<PersonTimeTally.Enrolment> enrolments = all(registry(in, in.between(0, 60)));
            assertCountsAsTheRule(CompletionColumns.of(enrolments), enrolments, in);
        });
    }

    @Test
    void replacingPersonsRowsCountsAsIfReadAfresh() {
        Tries.check(300, in -> {
            Map<Long, List<PersonTimeTally.Enrolment>> byPerson = registry(in, in.between(0, 40));
            CompletionColumns columns = CompletionColumns.of(all(byPerson));
            for (int change = in.between(1, 5); change > 0; change--) {
                // Some persons get results, lose them, or move region (their rows carry the new place).
                Set<Long> changed = new HashSet<>();
                List<PersonTimeTally.Enrolment> theirRows = new ArrayList<>();
                for (int k = in.between(1, 6); k > 0; k--) {
                    long id = in.between(1L, 400L);
                    if (changed.add(id)) {
                        List<PersonTimeTally.Enrolment> now = in.chance(0.2) ? List.of() : enrolmentsOf(in, id, in.oneOf(PLACES));
                        byPerson.put(id, now);
                        theirRows.addAll(now);
                    }
                }
                columns = columns.with(changed, theirRows);
            }
            List<PersonTimeTally.Enrolment> enrolments = all(byPerson);
            assertThat(columns.size()).isEqualTo(enrolments.stream().filter(e -> e.result() != null && e.result().completed()).count());
            assertCountsAsTheRule(columns, enrolments, in);
        });
    }

    @Test
    void aChangeThatAltersNoCompletedRowKeepsTheSameColumns() {
        PersonTimeTally.Enrolment passed = new PersonTimeTally.Enrolment(7, "150102001001", CourseKind.VOCATIONAL,
                EnrolmentResult.PASSED, FIRST);
        PersonTimeTally.Enrolment withdrawn = new PersonTimeTally.Enrolment(8, "150102001001", CourseKind.VOCATIONAL,
                EnrolmentResult.WITHDRAWN, FIRST);
        CompletionColumns columns = CompletionColumns.of(List.of(passed, withdrawn));

        // Answers kept for these columns stay good: a non-trainee's edit, a withdrawal, a re-read of the same rows.
        assertThat(columns.with(Set.of(99L), List.of())).isSameAs(columns);
        assertThat(columns.with(Set.of(8L), List.of(withdrawn))).isSameAs(columns);
        assertThat(columns.with(Set.of(7L), List.of(passed))).isSameAs(columns);
        CompletionColumns moved = columns.with(Set.of(7L), List.of(new PersonTimeTally.Enrolment(7, "150104003001",
                CourseKind.VOCATIONAL, EnrolmentResult.PASSED, FIRST)));
        assertThat(moved).isNotSameAs(columns);
        assertThat(moved.figuresOfEachKind(RegionCode.of("150102000000"), FIRST, FIRST).all().total().personTimes()).isZero();
        assertThat(moved.figuresOfEachKind(RegionCode.of("150104000000"), FIRST, FIRST).all().total().personTimes()).isOne();
    }
}
