package org.zhuye.audit;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhuye.platform.database.StatementPlans;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;

/** Reads of the audit trail. A reader sees the events placed in their jurisdiction. */
@Repository
@JurisdictionScoped
public class AuditLog {

    private static final String SELECT = """
            SELECT id, occurred_at, actor, client_ip, action, object_type, object_id, region_code,
                   before_state::text AS before_state, after_state::text AS after_state, detail
            FROM audit_event
            """;

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AuditEvent> find(AuditQuery query, Jurisdiction jurisdiction) {
        return jdbc.sql(SELECT + """
                WHERE (region_code LIKE :scope OR (region_code IS NULL AND :provinceWide))
                  AND (CAST(:actor AS text) IS NULL OR actor = :actor)
                  AND (CAST(:action AS text) IS NULL OR action = :action)
                  AND (CAST(:objectType AS text) IS NULL OR object_type = :objectType)
                  AND (CAST(:objectId AS text) IS NULL OR object_id = :objectId)
                  AND (CAST(:from AS timestamptz) IS NULL OR occurred_at >= :from)
                  AND (CAST(:to AS timestamptz) IS NULL OR occurred_at < :to)
                ORDER BY occurred_at DESC, id DESC
                LIMIT :limit OFFSET :offset
                """)
                .param("scope", jurisdiction.likePattern())
                .param("provinceWide", jurisdiction.level() == 1)
                .param("actor", query.actor())
                .param("action", query.action())
                .param("objectType", query.objectType())
                .param("objectId", query.objectId())
                .param("from", query.from() == null ? null : query.from().atStartOfDay(Histories.zone()).toOffsetDateTime())
                .param("to", query.to() == null ? null : query.to().plusDays(1).atStartOfDay(Histories.zone()).toOffsetDateTime())
                .param("limit", AuditQuery.PAGE_SIZE + 1)
                .param("offset", query.page() * AuditQuery.PAGE_SIZE)
                .query(AuditEvent.class)
                .list();
    }

    /** The latest {@code limit} events of one object: a lookup by key, shown on the object's own page. */
    public List<AuditEvent> ofObject(String objectType, String objectId, Jurisdiction jurisdiction, int limit) {
        return jdbc.sql(StatementPlans.GENERIC + SELECT + """
                WHERE object_type = ? AND object_id = ? AND (region_code LIKE ? OR (region_code IS NULL AND ?))
                ORDER BY occurred_at DESC, id DESC
                LIMIT ?
                """)
                .params(objectType, objectId, jurisdiction.likePattern(), jurisdiction.level() == 1, limit)
                .query(AuditEvent.class)
                .list();
    }
}
