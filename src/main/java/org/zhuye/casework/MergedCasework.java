package org.zhuye.casework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.person.PersonsMerged;

/**
 * Casework follows a merged person: every record of the duplicate moves to the person kept, in the
 * merge's transaction (a plain listener, not after commit), so the merge and the moves commit or roll
 * back together and nothing stays on a record users no longer see.
 *
 * <p>Service records all move, voided ones too: several of a kind in a year are allowed (coverage
 * counts the kind once), so two records never clash. The forms hang off a record by its id and go
 * with it. The sub-packages' records, which can clash, move through {@link MergedPersonRecords}.
 */
@Component
class MergedCasework {

    private final JdbcClient jdbc;
    private final List<MergedPersonRecords> parts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    MergedCasework(JdbcClient jdbc, List<MergedPersonRecords> parts, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.parts = parts;
        this.audit = audit;
        this.events = events;
    }

    @EventListener
    void on(PersonsMerged merge) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        moveServices(merge, counts);
        parts.forEach(part -> part.move(merge, counts));
        if (counts.values().stream().anyMatch(n -> n > 0)) {
            audit.record(AuditEntry.of(AuditAction.CASEWORK_MERGED, "person", String.valueOf(merge.keptId()), merge.regionCode())
                    .withChange(Map.of("mergedFrom", merge.mergedId()), counts));
        }
        // Both persons' masks change: the merged one's empties, the kept one's gains its kinds.
        events.publishEvent(new CaseworkChanged(Set.of(merge.keptId(), merge.mergedId()), false));
    }

    private void moveServices(PersonsMerged merge, Map<String, Integer> counts) {
        // The trigger on casework_service lets person_id change only to the person the old one was merged into.
        List<Long> moved = jdbc.sql("UPDATE casework_service SET person_id = ? WHERE person_id = ? RETURNING id")
                .params(merge.keptId(), merge.mergedId()).query(Long.class).list();
        counts.put("services", moved.size());
        Long[] ids = moved.toArray(Long[]::new);
        int[] forms = moved.isEmpty() ? new int[3] : jdbc.sql("""
                SELECT (SELECT count(*) FROM casework_assessment WHERE service_id = ANY(?)),
                       (SELECT count(*) FROM casework_demand WHERE service_id = ANY(?)),
                       (SELECT count(*) FROM casework_followup WHERE service_id = ANY(?))
                """)
                .params(ids, ids, ids)
                .query((rs, i) -> new int[]{rs.getInt(1), rs.getInt(2), rs.getInt(3)}).single();
        counts.put("assessments", forms[0]);
        counts.put("demands", forms[1]);
        counts.put("followups", forms[2]);
    }
}
