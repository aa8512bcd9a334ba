package org.zhuye.employer.declaration;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.zhuye.employer.EmployerType;
import org.zhuye.employer.levy.Headcount;

/**
 * A stored declaration with the unit's name, type and place. {@code result} is set once
 * confirmed: the figures frozen then, which the lists and the disclosure use.
 */
public record Declaration(long id, long employerId, String employerName, String creditCode, EmployerType employerType,
                          String regionCode, int year, DeclarationStatus status, Integer staffCount,
                          List<Integer> monthlyHeadcounts, BigDecimal wageTotal, String returnReason,
                          Instant submittedAt, String submittedBy, Instant reviewedAt, String reviewedBy,
                          Result result, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
                          int version) {

    public Headcount headcount() {
        return staffCount != null ? Headcount.of(staffCount) : Headcount.monthly(monthlyHeadcounts);
    }

    /** The confirmed figures: staff after rounding, counted disabled employees, required number, shortfall, levy due. */
    public record Result(BigDecimal staff, BigDecimal counted, BigDecimal required, BigDecimal shortfall, BigDecimal due,
                         boolean exempt) {
    }
}
