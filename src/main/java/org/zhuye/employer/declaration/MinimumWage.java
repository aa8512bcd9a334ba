package org.zhuye.employer.declaration;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of {@code minimum_wage}: the monthly minimum wage of a region prefix from a date. */
public record MinimumWage(String regionPrefix, LocalDate validFrom, BigDecimal monthly, String evidence, String source) {

    public boolean unconfirmed() {
        return "U".equals(evidence);
    }
}
