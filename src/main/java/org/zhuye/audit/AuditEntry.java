package org.zhuye.audit;

import java.util.Map;

/**
 * What a module asks the trail to record. {@code before} and {@code after} hold the changed
 * fields only; secrets never go in them.
 */
public record AuditEntry(AuditAction action, String objectType, String objectId, String regionCode,
                         Map<String, ?> before, Map<String, ?> after, String detail) {

    public static AuditEntry of(AuditAction action, String objectType, String objectId, String regionCode) {
        return new AuditEntry(action, objectType, objectId, regionCode, null, null, null);
    }

    public AuditEntry withChange(Map<String, ?> before, Map<String, ?> after) {
        return new AuditEntry(action, objectType, objectId, regionCode, before, after, detail);
    }

    public AuditEntry withDetail(String text) {
        return new AuditEntry(action, objectType, objectId, regionCode, before, after, text);
    }
}
