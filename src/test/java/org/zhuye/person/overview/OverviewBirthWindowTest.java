package org.zhuye.person.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuye.person.RetirementRule;
import org.zhuye.person.Sex;
import org.zhuye.person.WorkingAge;

/** The birth-day thresholds the snapshot compares with agree with the rules on every single birthday. */
class OverviewBirthWindowTest {

    static final WorkingAge REFORM = new WorkingAge(16, new RetirementRule(60, YearMonth.of(1965, 1), 4, 36),
            new RetirementRule(55, YearMonth.of(1970, 1), 4, 36));
    static final WorkingAge OLD = new WorkingAge(16, new RetirementRule(60, YearMonth.of(1978, 6), 1, 0),
            new RetirementRule(55, YearMonth.of(1978, 6), 1, 0));
    static final List<LocalDate> DATES = List.of(LocalDate.parse("2024-02-29"), LocalDate.parse("2024-12-31"),
            LocalDate.parse("2025-01-01"), LocalDate.parse("2025-02-28"), LocalDate.parse("2025-03-01"),
            LocalDate.parse("2026-06-30"), LocalDate.parse("2028-02-29"), LocalDate.parse("2040-01-31"),
            LocalDate.parse("1999-12-31"));

    @Test
    void theWorkingAgeWindowHoldsExactlyTheBirthdaysOfWorkingAge() {
        for (WorkingAge rule : List.of(REFORM, OLD)) {
            for (LocalDate asOf : DATES) {
                for (Sex sex : Sex.values()) {
                    long[] window = OverviewBirthWindow.workingAge(rule, sex, asOf);
                    for (LocalDate birth = asOf.minusYears(90); !birth.isAfter(asOf); birth = birth.plusDays(1)) {
                        long day = birth.toEpochDay();
                        boolean inWindow = day >= window[0] && day <= window[1];
                        assertThat(inWindow).as("%s %s born %s on %s", rule, sex, birth, asOf)
                                .isEqualTo(rule.isOfWorkingAge(sex, birth, asOf));
                    }
                }
            }
        }
    }

    @Test
    void theAgeThresholdHoldsExactlyTheBirthdaysOfThatAgeOrOlder() {
        for (LocalDate asOf : DATES) {
            for (OverviewAgeBand band : OverviewAgeBand.BANDS) {
                long last = OverviewBirthWindow.lastBirthReaching(band.fromYears(), asOf);
                for (LocalDate birth = asOf.minusYears(90); !birth.isAfter(asOf); birth = birth.plusDays(1)) {
                    // As for the 16th birthday in WorkingAge: someone born on 29 February has a birthday on 28 February in common years.
                    boolean old = !birth.plusYears(band.fromYears()).isAfter(asOf);
                    assertThat(birth.toEpochDay() <= last).as("born %s on %s, %s", birth, asOf, band).isEqualTo(old);
                }
            }
        }
    }

    @Test
    void theBandsCoverEveryAgeOnce() {
        assertThat(OverviewAgeBand.BANDS.get(0).fromYears()).isZero();
        assertThat(OverviewAgeBand.BANDS.get(OverviewAgeBand.BANDS.size() - 1).toYears()).isNull();
        assertThat(OverviewAgeBand.BANDS).extracting(OverviewAgeBand::label)
                .containsExactly("0–15岁", "16–34岁", "35–44岁", "45–59岁", "60岁及以上");
    }
}
