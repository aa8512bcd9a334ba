package org.zhuye.person;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One dated employment-status event of a person, as recorded. */
public record EmploymentRecord(long id, long personId, LocalDate effectiveOn, boolean employed, Integer form,
                               String employerName, String occupation, BigDecimal monthlyIncome, Integer satisfaction,
                               Integer reason, Integer livelihood, boolean baseline, String recordedBy,
                               Instant recordedAt, Instant voidedAt, String voidedBy, String voidReason) {

    public boolean voided() {
        return voidedAt != null;
    }
}
