package org.zhuye.institution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A stored service institution. The contact phone is only ever here masked. */
public record Institution(long id, InstitutionKind kind, String name, String creditCode, String regionCode,
                          String address, int capacity, List<String> accessibility, String contactName,
                          String contactPhoneMasked, LocalDate openedOn, InstitutionStatus status, LocalDate closedOn,
                          Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, int version) {

    public Institution {
        accessibility = List.copyOf(accessibility);
    }

    /** Open for new persons, courses and tenants on {@code day}. */
    public boolean operatingOn(LocalDate day) {
        return status == InstitutionStatus.OPERATING && !openedOn.isAfter(day);
    }
}
