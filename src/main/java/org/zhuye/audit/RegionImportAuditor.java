package org.zhuye.audit;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhuye.region.RegionsImported;

/** Records region imports; it listens synchronously, so the record shares the import's transaction. */
@Component
class RegionImportAuditor {

    private final AuditTrail trail;

    RegionImportAuditor(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(RegionsImported event) {
        trail.record(AuditEntry.of(AuditAction.REGIONS_IMPORTED, "region", event.rootCode(), event.rootCode())
                .withChange(null, Map.of("rows", event.rows(), "inserted", event.inserted(), "updated", event.updated()))
                .withDetail(event.source()));
    }
}
