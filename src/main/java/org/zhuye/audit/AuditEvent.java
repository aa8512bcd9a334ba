package org.zhuye.audit;

import java.time.OffsetDateTime;

/** One recorded action. States are JSON text as stored, for display. */
public record AuditEvent(long id, OffsetDateTime occurredAt, String actor, String clientIp, String action,
                         String objectType, String objectId, String regionCode, String beforeState,
                         String afterState, String detail) {

    public String actionLabel() {
        return AuditAction.labelOf(action);
    }
}
