package org.zhuye.employer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When demo employers are made: only when asked for, on the embedded database, into an empty employer table. */
class DemoEmployersRuleTest {

    @Test
    void anEmptyEmbeddedEmployerTableIsPopulatedWhenAskedFor() {
        assertThat(DemoEmployers.shouldPopulate(true, null, true)).isTrue();
        assertThat(DemoEmployers.shouldPopulate(true, "", true)).isTrue();
    }

    @Test
    void nothingIsMadeUnlessAskedFor() {
        assertThat(DemoEmployers.shouldPopulate(false, null, true)).isFalse();
    }

    @Test
    void aConfiguredDatabaseNeverGetsDemoEmployers() {
        assertThat(DemoEmployers.shouldPopulate(true, "jdbc:postgresql://db.example/zhuye", true)).isFalse();
    }

    @Test
    void demoEmployersNeverMixWithRegisteredOnes() {
        assertThat(DemoEmployers.shouldPopulate(true, null, false)).isFalse();
    }

    @Test
    void itRunsAfterTheDemoPersonsItsDeclarationsName() {
        assertThat(DemoEmployers.ORDER).isGreaterThan(20);
    }
}
