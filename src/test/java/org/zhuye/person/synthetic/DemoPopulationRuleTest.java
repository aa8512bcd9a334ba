package org.zhuye.person.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When the demo population is made: only when asked for, on the embedded database, into an empty registry. */
class DemoPopulationRuleTest {

    @Test
    void anEmptyEmbeddedRegistryIsPopulatedWhenPersonsAreAskedFor() {
        assertThat(DemoPopulation.shouldPopulate(3000, null, true)).isTrue();
        assertThat(DemoPopulation.shouldPopulate(3000, "", true)).isTrue();
    }

    @Test
    void nothingIsMadeUnlessAskedFor() {
        assertThat(DemoPopulation.shouldPopulate(0, null, true)).isFalse();
        assertThat(DemoPopulation.shouldPopulate(-1, null, true)).isFalse();
    }

    @Test
    void aConfiguredDatabaseNeverGetsDemoPersons() {
        assertThat(DemoPopulation.shouldPopulate(3000, "jdbc:postgresql://db.example/zhuye", true)).isFalse();
    }

    @Test
    void demoPersonsNeverMixWithRegisteredOnes() {
        assertThat(DemoPopulation.shouldPopulate(3000, null, false)).isFalse();
    }

    @Test
    void itRunsAfterTheRegionTreeAndTheFirstAdministrator() {
        assertThat(DemoPopulation.ORDER).isGreaterThan(10);
    }
}
