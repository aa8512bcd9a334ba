package org.zhuye.casework;

import java.time.Instant;
import java.time.LocalDate;

/** One delivered service as recorded; voided ones are kept and shown struck through. */
public record ServiceRecord(long id, long personId, ServiceKind kind, LocalDate servedOn, int cycleYear,
                            String serviceType, String outcome, String content, String deliveredBy,
                            Integer personVersion, Long employmentEventId, String recordedBy, Instant recordedAt,
                            Instant voidedAt, String voidedBy, String voidReason) {

    public boolean voided() {
        return voidedAt != null;
    }
}
