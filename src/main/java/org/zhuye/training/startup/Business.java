package org.zhuye.training.startup;

import java.time.Instant;
import java.time.LocalDate;

import org.zhuye.employer.Industry;

/** A stored business with its owner's and incubator's names as read. */
public record Business(long id, long personId, String personName, BusinessKind kind, String name, String creditCode,
                       Industry industry, LocalDate startedOn, String regionCode, String address, int jobsCreated,
                       int jobsForDisabled, Long incubatorId, String incubatorName, LocalDate incubatedFrom,
                       LocalDate incubatedUntil, BusinessStatus status, LocalDate closedOn, Long employmentEventId,
                       Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, int version) {

    /** In the incubator on {@code day}. */
    public boolean incubatedOn(LocalDate day) {
        return incubatorId != null && !incubatedFrom.isAfter(day) && (incubatedUntil == null || !incubatedUntil.isBefore(day));
    }
}
