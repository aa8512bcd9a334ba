package org.zhuye.person;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The statutory retirement age for one sex, with the gradual raise decided in 2024 (from
 * 2025-01-01): people born from {@code firstDelayedBirthMonth} on retire one month later for each
 * {@code birthMonthsPerStep} months of birth, up to {@code maxDelayMonths}. For men: base 60,
 * from births of 1965-01, one month per 4, at most 36 (so 63). The values are parameters because
 * policy sets them, and the statistics may use another base (women 50 or 55).
 *
 * @param baseAgeYears           the retirement age before the reform
 * @param firstDelayedBirthMonth the first birth month whose retirement is delayed
 * @param birthMonthsPerStep     months of birth per month of delay
 * @param maxDelayMonths         the cap on the delay
 */
public record RetirementRule(int baseAgeYears, YearMonth firstDelayedBirthMonth, int birthMonthsPerStep,
                             int maxDelayMonths) {

    public RetirementRule {
        if (baseAgeYears < 40 || baseAgeYears > 75 || birthMonthsPerStep < 1 || maxDelayMonths < 0) {
            throw new IllegalArgumentException("退休年龄参数不合理");
        }
    }

    /** The month of age (in months) at which someone born in {@code birth} retires. */
    public int retirementAgeMonths(YearMonth birth) {
        int delay = 0;
        if (!birth.isBefore(firstDelayedBirthMonth)) {
            long monthsAfter = ChronoUnit.MONTHS.between(firstDelayedBirthMonth, birth);
            delay = (int) Math.min(maxDelayMonths, monthsAfter / birthMonthsPerStep + 1);
        }
        return baseAgeYears * 12 + delay;
    }

    /** The first day on which someone born on {@code birthDate} has reached retirement age. */
    public LocalDate retirementDate(LocalDate birthDate) {
        return birthDate.plusMonths(retirementAgeMonths(YearMonth.from(birthDate)));
    }
}
