package org.zhuye.casework.publicpost;

import java.time.Instant;
import java.time.LocalDate;

/** One 公益性岗位 placement as stored, with the person's name and region for lists. */
public record Placement(long id, long personId, String personName, String regionCode, String post, Long employerId,
                        String employerName, LocalDate startOn, LocalDate endOn, boolean extendedToRetirement,
                        String exceptionReason, Long employmentEventId, String recordedBy, Instant recordedAt,
                        Instant voidedAt, String voidReason) {

    public boolean voided() {
        return voidedAt != null;
    }
}
