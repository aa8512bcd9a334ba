package org.zhuye.training.startup;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.person.PersonsMerged;

/**
 * A merged person's businesses move to the person kept, in the merge's transaction (a plain listener, so a
 * failure rolls the merge back). A 创业补贴 moves too unless the kept person already has one: then the
 * duplicate's grant stays on the merged record (one per person ever; a second payment to the same person is
 * a fact to be seen and recovered, not hidden), while its business moves.
 */
@Component
class MergedBusinesses {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    MergedBusinesses(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @EventListener
    void on(PersonsMerged merge) {
        long kept = merge.keptId();
        long merged = merge.mergedId();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("businesses", jdbc.sql("UPDATE business SET person_id = ?, version = version + 1 WHERE person_id = ?")
                .params(kept, merged).update());
        counts.put("startupSubsidies", jdbc.sql("""
                UPDATE startup_subsidy SET person_id = ? WHERE person_id = ?
                  AND NOT EXISTS (SELECT 1 FROM startup_subsidy k WHERE k.person_id = ?)""")
                .params(kept, merged, kept).update());
        if (counts.values().stream().anyMatch(n -> n > 0)) {
            audit.record(AuditEntry.of(AuditAction.TRAINING_MERGED, "person", String.valueOf(kept), merge.regionCode())
                    .withChange(Map.of("mergedFrom", merged), counts));
        }
    }
}
