package org.zhuye.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuye.testing.Inputs;
import org.zhuye.testing.Tries;

class CoverageTallyProperties {

    record Person(int row, int mask, boolean outOfWork) {
    }

    static List<Person> cohort(Inputs in) {
        return in.list(0, 200, p -> new Person(p.between(0, 3), p.between(0, 15), p.bool()));
    }

    private static CoverageTally tally(List<Person> persons) {
        CoverageTally tally = new CoverageTally(4);
        persons.forEach(p -> tally.add(p.row(), p.mask(), p.outOfWork()));
        return tally;
    }

    @Test
    void noServiceCountExceedsTheEligibleAndCompleteIsAtMostEachOfThem() {
        Tries.check(in -> {
            List<Person> persons = cohort(in);
            CoverageFigures f = tally(persons).total();
            assertThat(f.eligible()).isEqualTo(persons.size());
            for (ServiceKind kind : ServiceKind.values()) {
                assertThat(f.count(kind)).isLessThanOrEqualTo(f.eligible());
                assertThat(f.complete()).isLessThanOrEqualTo(f.count(kind));
            }
            assertThat(f.open()).isLessThanOrEqualTo(f.eligible() - f.complete());
        });
    }

    @Test
    void completeCountsExactlyThoseWithAllFour() {
        Tries.check(in -> {
            List<Person> persons = cohort(in);
            assertThat(tally(persons).total().complete()).isEqualTo(persons.stream().filter(p -> p.mask() == ServiceKind.ALL).count());
        });
    }

    @Test
    void theRowsAddUpToTheTotal() {
        Tries.check(in -> {
            CoverageTally tally = tally(cohort(in));
            CoverageFigures sum = CoverageFigures.NONE;
            for (int row = 0; row < 4; row++) {
                sum = sum.plus(tally.figures(row));
            }
            assertThat(sum).isEqualTo(tally.total());
        });
    }

    @Test
    void ratesStayBetweenZeroAndOne() {
        Tries.check(in -> {
            CoverageFigures f = tally(cohort(in)).total();
            if (f.eligible() == 0) {
                assertThat(f.rate(f.complete())).isNull();
                return;
            }
            for (ServiceKind kind : ServiceKind.values()) {
                assertThat(f.rate(f.count(kind))).isBetween(0.0, 1.0);
            }
        });
    }
}
