package org.zhuye.institution.served;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.person.PersonsMerged;

/**
 * A merge moves the duplicate's institution spans to the person kept, in the merge's transaction (a plain
 * listener, so a failure rolls the merge back), as {@code jobs.MergedJobRecords} does. An open span the kept
 * person already has at the same institution for the same service stays on the merged record (one open span
 * per person, institution and service); its history is read there through the 已合并到 link.
 */
@Component
class MergedServedPersons {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    MergedServedPersons(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @EventListener
    void on(PersonsMerged merge) {
        int moved = jdbc.sql("""
                UPDATE institution_person s SET person_id = ? WHERE s.person_id = ?
                  AND (s.until_on IS NOT NULL OR NOT EXISTS (SELECT 1 FROM institution_person k WHERE k.person_id = ?
                       AND k.institution_id = s.institution_id AND k.service = s.service AND k.until_on IS NULL))""")
                .params(merge.keptId(), merge.mergedId(), merge.keptId()).update();
        if (moved > 0) {
            audit.record(AuditEntry.of(AuditAction.TRAINING_MERGED, "person", String.valueOf(merge.keptId()), merge.regionCode())
                    .withChange(Map.of("mergedFrom", merge.mergedId()), Map.of("institutionSpans", moved)));
        }
    }
}
