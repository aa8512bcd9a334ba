package org.zhuye.audit;

import java.util.List;

/** One audit event as people read it: when (system zone, to the minute), who, what, on which record, the changes. */
public record HistoryEntry(long id, String when, Reference actor, String clientIp, String action, String kind,
                           Reference subject,
                           String region, List<ChangeLine> changes, String detail) {
}
