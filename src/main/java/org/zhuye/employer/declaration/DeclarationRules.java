package org.zhuye.employer.declaration;

import java.time.LocalDate;

/**
 * The declaration parameters in force for a unit's region and a collection year (a row of
 * {@code declaration_parameter}).
 */
public record DeclarationRules(String regionPrefix, int year, LocalDate filingDeadline, ReviewLevel reviewLevel,
                               ResidenceScope residenceScope, String evidence, String source) {

    public boolean unconfirmed() {
        return "U".equals(evidence);
    }

    /** The last day of the declared year (the figures are the previous year's): the day employees are checked on. */
    public LocalDate checkDate() {
        return LocalDate.of(year - 1, 12, 31);
    }
}
