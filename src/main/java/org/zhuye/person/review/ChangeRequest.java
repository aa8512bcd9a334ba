package org.zhuye.person.review;

import java.time.Instant;

/** A grassroots member's requested correction, as listed for review (masked states as JSON text). */
public record ChangeRequest(long id, long personId, String personName, String regionCode, String requestedBy,
                            Instant requestedAt, String beforeState, String afterState, String status,
                            String decidedBy, Instant decidedAt, String decisionReason) {

    public String statusLabel() {
        return switch (status) {
            case "PENDING" -> "待审核";
            case "APPROVED" -> "已批准";
            default -> "已驳回";
        };
    }
}
