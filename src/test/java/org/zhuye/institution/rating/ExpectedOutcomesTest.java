package org.zhuye.institution.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The expectation worked by hand on a small population. */
class ExpectedOutcomesTest {

    static final Cell YOUNG_LIMB = Cell.of(4, 3, 25);
    static final Cell OLD_MIND = Cell.of(5, 2, 50);

    @Test
    void aCellsRateIsShrunkTowardItsCategoryAndEveryonesByItsSize() {
        List<Baseline.Observation> population = new ArrayList<>();
        // 10 young limb-disabled persons, 6 placed; 10 older intellectually disabled, 1 placed
        for (int i = 0; i < 10; i++) {
            population.add(new Baseline.Observation(YOUNG_LIMB, i < 6));
            population.add(new Baseline.Observation(OLD_MIND, i < 1));
        }
        Baseline baseline = new Baseline(population, 10);
        Baseline.CellRate rate = baseline.rate(YOUNG_LIMB);
        // all: 7/20 = 0.35; category 4 (10 persons, 0.6): w 0.5 → 0.475; cell (10, 0.6): w 0.5 → 0.5375
        assertThat(rate.allRate()).isCloseTo(0.35, within(1e-9));
        assertThat(rate.categoryWeight()).isCloseTo(0.5, within(1e-9));
        assertThat(rate.rate()).isCloseTo(0.5375, within(1e-9));
        // a cell nobody is in takes its category's shrunk rate, a category nobody is in everyone's
        assertThat(baseline.rate(Cell.of(4, 1, 35)).rate()).isCloseTo(0.475, within(1e-9));
        assertThat(baseline.rate(Cell.of(1, 1, 35)).rate()).isCloseTo(0.35, within(1e-9));

        var expectation = ExpectedOutcomes.expect(List.of(new ExpectedOutcomes.Subject(YOUNG_LIMB, "150102"),
                new ExpectedOutcomes.Subject(YOUNG_LIMB, "150102"), new ExpectedOutcomes.Subject(OLD_MIND, "150203")),
                baseline, county -> county.equals("150102") ? 1.2 : 0.8);
        double oldRate = baseline.rate(OLD_MIND).rate();
        assertThat(expectation.expected()).isCloseTo(2 * 0.5375 * 1.2 + oldRate * 0.8, within(1e-9));
        assertThat(expectation.lines()).hasSize(2);
        assertThat(expectation.lines().get(0).persons()).isEqualTo(2);
        assertThat(expectation.lines().get(0).cell()).isEqualTo("肢体残疾 · 三四级 · 16–29岁");
    }

    @Test
    void countyFactorIsTheRatioBoundedBothWays() {
        assertThat(ExpectedOutcomes.countyFactor(0.3, 0.3)).isEqualTo(1.0);
        assertThat(ExpectedOutcomes.countyFactor(0.33, 0.3)).isCloseTo(1.1, within(1e-9));
        assertThat(ExpectedOutcomes.countyFactor(0.9, 0.3)).isEqualTo(1.25);
        assertThat(ExpectedOutcomes.countyFactor(0.0, 0.3)).isEqualTo(0.8);
        assertThat(ExpectedOutcomes.countyFactor(0.5, 0)).isEqualTo(1.0);
    }
}
