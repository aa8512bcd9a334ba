package org.zhuye.person;

import java.time.LocalDate;

/**
 * 就业年龄段: from the 16th birthday up to the day before reaching the statutory retirement age,
 * which depends on sex and birth date (see {@link RetirementRule}).
 */
public record WorkingAge(int minimumAgeYears, RetirementRule men, RetirementRule women) {

    public boolean isOfWorkingAge(Sex sex, LocalDate birthDate, LocalDate asOf) {
        if (asOf.isBefore(birthDate.plusYears(minimumAgeYears))) {
            return false;
        }
        RetirementRule rule = sex == Sex.MALE ? men : women;
        return asOf.isBefore(rule.retirementDate(birthDate));
    }
}
