package org.zhuye.institution.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.zhuye.testing.Inputs;
import org.zhuye.testing.Tries;

/** Case-mix expectations for any baseline population, institution and county factors. */
class ExpectedOutcomesProperties {

    static Cell cell(Inputs in) {
        return Cell.of(in.between(1, 7), in.between(1, 4), in.between(16, 64));
    }

    static String county(Inputs in) {
        return in.oneOf("150102", "150203", "152921");
    }

    static Baseline baseline(Inputs in, int k) {
        List<Baseline.Observation> population = in.list(0, 200, i -> new Baseline.Observation(cell(i), i.chance(0.3)));
        return new Baseline(population, k);
    }

    static double factor(String county) {
        return switch (county) {
            case "150102" -> 1.25;
            case "150203" -> 0.8;
            default -> 1.0;
        };
    }

    static List<ExpectedOutcomes.Subject> subjects(Inputs in) {
        return in.list(0, 60, i -> new ExpectedOutcomes.Subject(cell(i), county(i)));
    }

    @Test
    void expectedIsBetweenNoneAndEveryPersonServed() {
        Tries.check(in -> {
            List<ExpectedOutcomes.Subject> persons = subjects(in);
            double expected = ExpectedOutcomes.expect(persons, baseline(in, in.between(1, 50)),
                    ExpectedOutcomesProperties::factor).expected();
            assertThat(expected).isBetween(0.0, (double) persons.size());
        });
    }

    @Test
    void theOrderOfThePersonsChangesNothing() {
        Tries.check(in -> {
            List<ExpectedOutcomes.Subject> persons = subjects(in);
            Baseline baseline = baseline(in, in.between(1, 50));
            List<ExpectedOutcomes.Subject> shuffled = new ArrayList<>(persons);
            Collections.shuffle(shuffled, new Random(in.between(0, 1000)));
            var one = ExpectedOutcomes.expect(persons, baseline, ExpectedOutcomesProperties::factor);
            var other = ExpectedOutcomes.expect(shuffled, baseline, ExpectedOutcomesProperties::factor);
            assertThat(other.expected()).isEqualTo(one.expected());
            assertThat(other.lines()).isEqualTo(one.lines());
        });
    }

    @Test
    void personsAllInOneCellAreExpectedAtTheCellsRateEach() {
        Tries.check(in -> {
            Cell cell = cell(in);
            Baseline baseline = baseline(in, in.between(1, 50));
            int n = in.between(1, 40);
            List<ExpectedOutcomes.Subject> persons = Collections.nCopies(n, new ExpectedOutcomes.Subject(cell, "152921"));
            double expected = ExpectedOutcomes.expect(persons, baseline, county -> 1.0).expected();
            assertThat(expected).isCloseTo(n * baseline.rate(cell).rate(), within(1e-9));
        });
    }

    @Test
    void raisingOnePersonsCellRateNeverLowersTheExpectation() {
        Tries.check(in -> {
            List<ExpectedOutcomes.Subject> persons = new ArrayList<>(subjects(in));
            persons.add(new ExpectedOutcomes.Subject(cell(in), county(in)));
            List<Baseline.Observation> population = new ArrayList<>(in.list(0, 200,
                    i -> new Baseline.Observation(cell(i), i.chance(0.3))));
            int k = in.between(1, 50);
            double before = ExpectedOutcomes.expect(persons, new Baseline(population, k), ExpectedOutcomesProperties::factor).expected();
            // one more person of the last subject's cell who reached the outcome raises that cell's rate (or keeps it at 1)
            Cell raised = persons.get(persons.size() - 1).cell();
            Baseline more = new Baseline(population, k);
            double rateBefore = more.rate(raised).rate();
            population.add(new Baseline.Observation(raised, true));
            Baseline after = new Baseline(population, k);
            assertThat(after.rate(raised).rate()).isGreaterThanOrEqualTo(rateBefore - 1e-12);
            // only that cell's persons are compared: its rate rose; hold the others' by measuring the same subjects of it
            List<ExpectedOutcomes.Subject> ofCell = persons.stream().filter(p -> p.cell().equals(raised)).toList();
            double cellBefore = ExpectedOutcomes.expect(ofCell, more, ExpectedOutcomesProperties::factor).expected();
            double cellAfter = ExpectedOutcomes.expect(ofCell, after, ExpectedOutcomesProperties::factor).expected();
            assertThat(cellAfter).isGreaterThanOrEqualTo(cellBefore - 1e-9);
            assertThat(before).isGreaterThanOrEqualTo(0);
        });
    }

    @Test
    void theShrinkageWeightIsAShareAndGrowsWithTheCell() {
        Tries.check(in -> {
            int n = in.between(0, 100_000);
            int k = in.between(1, 1000);
            double weight = Baseline.weight(n, k);
            assertThat(weight).isBetween(0.0, 1.0);
            assertThat(Baseline.weight(n + 1, k)).isGreaterThan(weight);
        });
    }

    @Test
    void everyCellRateIsAShareBetweenItsOwnAndItsParents() {
        Tries.check(in -> {
            Baseline baseline = baseline(in, in.between(1, 50));
            Baseline.CellRate rate = baseline.rate(cell(in));
            assertThat(rate.rate()).isBetween(0.0, 1.0);
            assertThat(rate.weight()).isBetween(0.0, 1.0);
            assertThat(rate.categoryWeight()).isBetween(0.0, 1.0);
        });
    }

    @Test
    void countyFactorsStayWithinTheirBounds() {
        Tries.check(in -> {
            double factor = ExpectedOutcomes.countyFactor(in.between(0, 1000) / 1000.0, in.between(0, 1000) / 1000.0);
            assertThat(factor).isBetween(ExpectedOutcomes.FACTOR_MIN, ExpectedOutcomes.FACTOR_MAX);
        });
    }
}
