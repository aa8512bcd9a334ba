package org.zhuye.jobs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.jobs.profile.WorkProfileSaved;
import org.zhuye.person.PersonsMerged;

/**
 * The jobs module follows a merged person, in the merge's transaction (a plain listener, so a failure rolls the
 * merge back): work profiles (dated rows, so both histories simply join), the exposure log, referrals with their
 * steps, fair registrations and intents move to the person kept. Where the kept person already has the same
 * referral (posting), registration (fair) or intent, the kept one stands and the duplicate's stays on the merged
 * record, where its history is still read through the 已合并到 link; figures count the kept person's.
 */
@Component
class MergedJobRecords {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    MergedJobRecords(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    @EventListener
    void on(PersonsMerged merge) {
        long kept = merge.keptId();
        long merged = merge.mergedId();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("workProfiles", jdbc.sql("UPDATE work_profile SET person_id = ? WHERE person_id = ?")
                .params(kept, merged).update());
        counts.put("referrals", jdbc.sql("""
                UPDATE job_referral r SET person_id = ? WHERE r.person_id = ?
                  AND NOT EXISTS (SELECT 1 FROM job_referral k WHERE k.person_id = ? AND k.posting_id = r.posting_id)""")
                .params(kept, merged, kept).update());
        // An intent goes with its referral (it names it), so only those whose referral moved.
        counts.put("fairIntents", jdbc.sql("""
                UPDATE job_fair_intent i SET person_id = ? WHERE i.person_id = ?
                  AND EXISTS (SELECT 1 FROM job_referral r WHERE r.id = i.referral_id AND r.person_id = ?)""")
                .params(kept, merged, kept).update());
        counts.put("fairRegistrations", jdbc.sql("""
                UPDATE job_fair_registration g SET person_id = ? WHERE g.person_id = ?
                  AND NOT EXISTS (SELECT 1 FROM job_fair_registration k WHERE k.person_id = ? AND k.fair_id = g.fair_id)""")
                .params(kept, merged, kept).update());
        jdbc.sql("UPDATE job_exposure SET person_id = ? WHERE person_id = ?").params(kept, merged).update();
        if (counts.values().stream().anyMatch(n -> n > 0)) {
            audit.record(AuditEntry.of(AuditAction.JOBS_MERGED, "person", String.valueOf(kept), merge.regionCode())
                    .withChange(Map.of("mergedFrom", merged), counts));
        }
        // The matching index re-reads both persons: the merged one drops out, the kept one takes the latest profile.
        events.publishEvent(new WorkProfileSaved(kept));
        events.publishEvent(new WorkProfileSaved(merged));
    }
}
