package org.zhuye.person.review;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.Person;
import org.zhuye.person.PersonNotFoundException;
import org.zhuye.person.PersonRepository;
import org.zhuye.person.PersonRuleException;
import org.zhuye.person.PersonsChanged;
import org.zhuye.person.PersonsMerged;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;

/**
 * Staff decide on potential duplicates: dismiss (two different people) or merge (one person
 * recorded twice). A merge keeps both records: the duplicate points at the kept one and its
 * employment events and household memberships move over, so no history is lost. Other modules'
 * records of the duplicate follow through {@link PersonsMerged}, in the same transaction.
 */
@Service
@JurisdictionScoped
public class DuplicateReview {

    private final JdbcClient jdbc;
    private final PersonRepository persons;
    private final EmploymentHistory employment;
    private final AuditTrail audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    DuplicateReview(JdbcClient jdbc, PersonRepository persons, EmploymentHistory employment, AuditTrail audit,
                    org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.persons = persons;
        this.employment = employment;
        this.audit = audit;
    }

    public List<DuplicatePair> findOpen(Jurisdiction jurisdiction) {
        return jdbc.sql("""
                SELECT f.id, f.person_id, f.other_id, f.flagged_at FROM duplicate_flag f
                WHERE f.status = 'OPEN' AND f.region_code LIKE ? ORDER BY f.flagged_at, f.id LIMIT 200
                """)
                .param(jurisdiction.likePattern())
                .query((rs, i) -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .list().stream()
                .map(r -> new DuplicatePair(r[0], persons.find(r[1], jurisdiction).orElse(null),
                        persons.find(r[2], jurisdiction).orElse(null)))
                .filter(p -> p.first() != null && p.second() != null)
                .toList();
    }

    public long countOpen(Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT count(*) FROM duplicate_flag WHERE status = 'OPEN' AND region_code LIKE ?")
                .param(jurisdiction.likePattern()).query(Long.class).single();
    }

    @Transactional
    public void dismiss(long flagId, String note, Jurisdiction jurisdiction) {
        long[] pair = open(flagId, jurisdiction);
        decide(flagId, "DISMISSED", note);
        audit.record(AuditEntry.of(AuditAction.DUPLICATE_DISMISSED, "person", String.valueOf(pair[0]),
                persons.find(pair[0], jurisdiction).orElseThrow().regionCode()).withDetail("与 " + pair[1] + " 不是同一人"
                        + (note == null || note.isBlank() ? "" : "：" + note.strip())));
    }

    /** Merges the other record of the pair into {@code keepId}. */
    @Transactional
    public void merge(long flagId, long keepId, Jurisdiction jurisdiction) {
        long[] pair = open(flagId, jurisdiction);
        if (keepId != pair[0] && keepId != pair[1]) {
            throw new PersonRuleException(Map.of("keep", "保留的记录必须是这两条之一"));
        }
        long goneId = keepId == pair[0] ? pair[1] : pair[0];
        Person kept = persons.require(keepId, jurisdiction);
        persons.require(goneId, jurisdiction);
        int movedEvents = jdbc.sql("UPDATE employment_event SET person_id = ? WHERE person_id = ?").params(keepId, goneId).update();
        int memberships = jdbc.sql("UPDATE household_member SET person_id = ? WHERE person_id = ?").params(keepId, goneId).update();
        jdbc.sql("UPDATE person SET merged_into = ?, employed = NULL, employed_since = NULL, updated_at = now(), version = version + 1 WHERE id = ?")
                .params(keepId, goneId).update();
        employment.refreshCurrent(keepId);
        decide(flagId, "MERGED", "保留 " + keepId);
        audit.record(AuditEntry.of(AuditAction.DUPLICATE_MERGED, "person", String.valueOf(keepId), kept.regionCode())
                .withChange(Map.of("mergedFrom", goneId), Map.of("employmentEvents", movedEvents, "memberships", memberships)));
        audit.record(AuditEntry.of(AuditAction.DUPLICATE_MERGED, "person", String.valueOf(goneId), kept.regionCode())
                .withChange(null, Map.of("mergedInto", keepId)));
        // Synchronous listeners (casework) move their records now; one that throws undoes the merge.
        events.publishEvent(new PersonsMerged(goneId, keepId, kept.regionCode()));
        events.publishEvent(PersonsChanged.of(keepId, goneId));
    }

    private long[] open(long flagId, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT person_id, other_id FROM duplicate_flag WHERE id = ? AND status = 'OPEN' AND region_code LIKE ? FOR UPDATE")
                .params(flagId, jurisdiction.likePattern())
                .query((rs, i) -> new long[]{rs.getLong(1), rs.getLong(2)})
                .optional().orElseThrow(() -> new PersonNotFoundException(flagId));
    }

    private void decide(long flagId, String status, String note) {
        jdbc.sql("UPDATE duplicate_flag SET status = ?, decided_by = ?, decided_at = now(), note = ? WHERE id = ?")
                .params(status, AuditTrail.currentActor(),
                        note == null || note.isBlank() ? null : note.strip(), flagId)
                .update();
    }

    public record DuplicatePair(long flagId, Person first, Person second) {
    }
}
