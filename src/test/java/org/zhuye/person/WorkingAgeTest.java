package org.zhuye.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** The 2025 reform's published steps: men 60→63, women (cadre base) 55→58, women (worker base) 50→55. */
class WorkingAgeTest {

    static final RetirementRule MEN = new RetirementRule(60, YearMonth.of(1965, 1), 4, 36);
    static final RetirementRule WOMEN_55 = new RetirementRule(55, YearMonth.of(1970, 1), 4, 36);
    static final RetirementRule WOMEN_50 = new RetirementRule(50, YearMonth.of(1975, 1), 2, 60);

    @Test
    void menBornBefore1965RetireAtSixty() {
        assertThat(MEN.retirementAgeMonths(YearMonth.of(1964, 12))).isEqualTo(60 * 12);
    }

    @Test
    void menBornFrom1965RetireOneMonthLaterPerFourMonthsOfBirth() {
        assertThat(MEN.retirementAgeMonths(YearMonth.of(1965, 1))).isEqualTo(60 * 12 + 1);
        assertThat(MEN.retirementAgeMonths(YearMonth.of(1965, 4))).isEqualTo(60 * 12 + 1);
        assertThat(MEN.retirementAgeMonths(YearMonth.of(1965, 5))).isEqualTo(60 * 12 + 2);
        assertThat(MEN.retirementAgeMonths(YearMonth.of(1976, 8))).isEqualTo(60 * 12 + 35);
        assertThat(MEN.retirementAgeMonths(YearMonth.of(1976, 9))).isEqualTo(63 * 12);
        assertThat(MEN.retirementAgeMonths(YearMonth.of(1990, 1))).isEqualTo(63 * 12);
    }

    @Test
    void womenOnTheFiftyBaseReachFiftyFiveForBirthsFromNovember1984() {
        assertThat(WOMEN_50.retirementAgeMonths(YearMonth.of(1974, 12))).isEqualTo(50 * 12);
        assertThat(WOMEN_50.retirementAgeMonths(YearMonth.of(1975, 3))).isEqualTo(50 * 12 + 2);
        assertThat(WOMEN_50.retirementAgeMonths(YearMonth.of(1984, 10))).isEqualTo(55 * 12 - 1);
        assertThat(WOMEN_50.retirementAgeMonths(YearMonth.of(1984, 11))).isEqualTo(55 * 12);
    }

    @Test
    void workingAgeRunsFromTheSixteenthBirthdayToTheDayBeforeRetirement() {
        WorkingAge rule = new WorkingAge(16, MEN, WOMEN_55);
        LocalDate born = LocalDate.of(1965, 3, 12);
        assertThat(rule.isOfWorkingAge(Sex.MALE, born, LocalDate.of(1981, 3, 11))).isFalse();
        assertThat(rule.isOfWorkingAge(Sex.MALE, born, LocalDate.of(1981, 3, 12))).isTrue();
        // Born 1965-03: 60 years and 1 month, so working age until 2025-04-11.
        assertThat(rule.isOfWorkingAge(Sex.MALE, born, LocalDate.of(2025, 4, 11))).isTrue();
        assertThat(rule.isOfWorkingAge(Sex.MALE, born, LocalDate.of(2025, 4, 12))).isFalse();
        assertThat(rule.isOfWorkingAge(Sex.FEMALE, LocalDate.of(1969, 6, 1), LocalDate.of(2024, 5, 31))).isTrue();
        assertThat(rule.isOfWorkingAge(Sex.FEMALE, LocalDate.of(1969, 6, 1), LocalDate.of(2024, 6, 1))).isFalse();
    }
}
