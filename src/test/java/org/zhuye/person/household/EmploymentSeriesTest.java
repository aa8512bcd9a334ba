package org.zhuye.person.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class EmploymentSeriesTest {

    static final LocalDate DAY = LocalDate.parse("2026-03-10");

    @Test
    void ofTwoEventsOnOneDayTheLaterRecordedStandsInWhateverOrderTheyAreRead() {
        EmploymentSeries newestFirst = new EmploymentSeries();
        newestFirst.add(DAY, 42, true);
        newestFirst.add(DAY, 41, false);
        EmploymentSeries oldestFirst = new EmploymentSeries();
        oldestFirst.add(DAY, 41, false);
        oldestFirst.add(DAY, 42, true);

        assertThat(newestFirst.employedOn(DAY)).isTrue();
        assertThat(oldestFirst.employedOn(DAY)).isTrue();
        assertThat(newestFirst.employedOn(DAY.minusDays(1))).as("nothing recorded before").isFalse();
        assertThat(newestFirst.employedOn(DAY.plusYears(1))).isTrue();
    }
}
