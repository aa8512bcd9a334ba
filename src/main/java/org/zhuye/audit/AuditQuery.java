package org.zhuye.audit;

import java.time.LocalDate;

/** Filters of the audit page; any may be empty. {@code to} is inclusive. */
public record AuditQuery(String actor, LocalDate from, LocalDate to, String objectType, String objectId,
                         String action, int page) {

    public static final int PAGE_SIZE = 50;

    public AuditQuery {
        actor = blankToNull(actor);
        objectType = blankToNull(objectType);
        objectId = blankToNull(objectId);
        action = blankToNull(action);
        page = Math.max(page, 0);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
