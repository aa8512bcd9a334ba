package org.zhuye.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CoverageTallyProperties {

    record Person(int row, int mask, boolean outOfWork) {
    }

    @Provide
    Arbitrary<List<Person>> cohorts() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 15),
                Arbitraries.of(true, false)).as(Person::new).list().ofMaxSize(200);
    }

    private static CoverageTally tally(List<Person> persons) {
        CoverageTally tally = new CoverageTally(4);
        persons.forEach(p -> tally.add(p.row(), p.mask(), p.outOfWork()));
        return tally;
    }

    @Property
    void noServiceCountExceedsTheEligibleAndCompleteIsAtMostEachOfThem(@ForAll("cohorts") List<Person> persons) {
        CoverageFigures f = tally(persons).total();
        assertThat(f.eligible()).isEqualTo(persons.size());
        for (ServiceKind kind : ServiceKind.values()) {
            assertThat(f.count(kind)).isLessThanOrEqualTo(f.eligible());
            assertThat(f.complete()).isLessThanOrEqualTo(f.count(kind));
        }
        assertThat(f.open()).isLessThanOrEqualTo(f.eligible() - f.complete());
    }

    @Property
    void completeCountsExactlyThoseWithAllFour(@ForAll("cohorts") List<Person> persons) {
        assertThat(tally(persons).total().complete()).isEqualTo(persons.stream().filter(p -> p.mask() == ServiceKind.ALL).count());
    }

    @Property
    void theRowsAddUpToTheTotal(@ForAll("cohorts") List<Person> persons) {
        CoverageTally tally = tally(persons);
        CoverageFigures sum = CoverageFigures.NONE;
        for (int row = 0; row < 4; row++) {
            sum = sum.plus(tally.figures(row));
        }
        assertThat(sum).isEqualTo(tally.total());
    }

    @Property
    void ratesStayBetweenZeroAndOne(@ForAll("cohorts") List<Person> persons) {
        CoverageFigures f = tally(persons).total();
        if (f.eligible() == 0) {
            assertThat(f.rate(f.complete())).isNull();
            return;
        }
        for (ServiceKind kind : ServiceKind.values()) {
            assertThat(f.rate(f.count(kind))).isBetween(0.0, 1.0);
        }
    }
}
