package org.zhuye.person.account;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.person.PersonsMerged;

/**
 * A merge moves the duplicate's PERSON account to the kept record when the kept one has none, so the
 * person keeps signing in to their own (now single) record. When both were bound, the duplicate's
 * binding stays where it is — {@code PersonAccounts.personOf} no longer resolves a merged record —
 * and staff choose on the kept person's page; one person, one account. A plain synchronous listener,
 * inside the merge's transaction, like casework's.
 */
@Component
class MergedBinding {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    MergedBinding(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @EventListener
    void on(PersonsMerged merge) {
        int moved = jdbc.sql("""
                UPDATE person_account SET person_id = ?
                WHERE person_id = ? AND NOT EXISTS (SELECT 1 FROM person_account WHERE person_id = ?)""")
                .params(merge.keptId(), merge.mergedId(), merge.keptId()).update();
        if (moved == 1) {
            audit.record(AuditEntry.of(AuditAction.PERSON_ACCOUNT_BOUND, "person", String.valueOf(merge.keptId()),
                    merge.regionCode()).withDetail("随人员合并自人员 " + merge.mergedId() + " 移来"));
        }
    }
}
