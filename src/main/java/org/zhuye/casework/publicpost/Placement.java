package org.zhuye.casework.publicpost;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One 公益性岗位 placement as stored, with the person's name and region for lists, and once its term has ended
 * the outcome staff confirmed (null while 待确认).
 */
public record Placement(long id, long personId, String personName, String regionCode, String post, Long employerId,
                        String employerName, LocalDate startOn, LocalDate endOn, boolean extendedToRetirement,
                        String exceptionReason, Long employmentEventId, String recordedBy, Instant recordedAt,
                        Instant voidedAt, String voidReason, PlacementOutcome outcome, LocalDate leftOn) {

    public boolean voided() {
        return voidedAt != null;
    }

    /** Whether the term has ended by {@code today} and staff have not yet said what became of the person (待确认). */
    public boolean awaitingOutcome(LocalDate today) {
        return !voided() && outcome == null && endOn.isBefore(today);
    }
}
