package org.zhuye.employer.levy;

import java.time.LocalDate;

/**
 * One row of {@code levy_parameter}: a value for a region prefix over a period.
 *
 * @param validTo  the last day in force (inclusive), or null while open-ended
 * @param evidence rules.md's tag: C, C-2nd, I or U (unconfirmed)
 */
public record LevyParameterRow(String regionPrefix, LevyParameter name, LocalDate validFrom, LocalDate validTo,
                               String value, String evidence, String source) {

    public boolean inForceOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    public boolean unconfirmed() {
        return "U".equals(evidence);
    }

    /** The source as a step shows it, flagged when the value still waits for confirmation. */
    public String citation() {
        return source + (unconfirmed() ? "【未确认，待核实】" : "");
    }
}
