package org.zhuye.person.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.audit.ChangeLine;
import org.zhuye.audit.Histories;
import org.zhuye.person.Person;
import org.zhuye.person.PersonData;
import org.zhuye.person.PersonInput;
import org.zhuye.person.PersonNotFoundException;
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.PersonRepository;
import org.zhuye.person.PersonRuleException;
import org.zhuye.platform.crypto.FieldCipher;
import org.zhuye.platform.database.StatementPlans;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import tools.jackson.databind.json.JsonMapper;

/**
 * Corrections proposed by grassroots members (专职委员), which staff of the jurisdiction approve or
 * reject with a reason. The request is validated when made, so staff review only sound changes;
 * the full requested record is kept encrypted because it may hold ID and phone numbers.
 */
@Service
@JurisdictionScoped
public class ChangeRequests {

    private final JdbcClient jdbc;
    private final PersonRepository persons;
    private final PersonRegistry registry;
    private final FieldCipher cipher;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final Histories histories;

    ChangeRequests(JdbcClient jdbc, PersonRepository persons, PersonRegistry registry, FieldCipher cipher,
                   JsonMapper json, AuditTrail audit, Histories histories) {
        this.histories = histories;
        this.jdbc = jdbc;
        this.persons = persons;
        this.registry = registry;
        this.cipher = cipher;
        this.json = json;
        this.audit = audit;
    }

    @Transactional
    public long submit(long personId, int version, PersonInput input, Jurisdiction jurisdiction) {
        Person person = persons.require(personId, jurisdiction);
        person.requireNotMerged();
        if (person.version() != version) {
            throw new PersonRuleException(Map.of("version", "此记录已被他人修改，请刷新后重新编辑"));
        }
        PersonData requested = registry.check(input, jurisdiction, personId);
        Map<String, Object> was = registry.dataOf(person, jurisdiction).auditState();
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        requested.auditState().forEach((field, value) -> {
            if (!Objects.equals(value, was.get(field))) {
                before.put(field, was.get(field));
                after.put(field, value);
            }
        });
        if (after.isEmpty()) {
            throw new PersonRuleException(Map.of("version", "没有任何修改"));
        }
        long id = jdbc.sql("""
                INSERT INTO change_request (person_id, region_code, requested_by, base_version, before_state, after_state, payload_cipher)
                VALUES (?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?) RETURNING id
                """)
                .params(personId, person.regionCode(), AuditTrail.currentActor(), version, json.writeValueAsString(before),
                        json.writeValueAsString(after), cipher.encrypt(json.writeValueAsString(input)))
                .query(Long.class).single();
        audit.record(AuditEntry.of(AuditAction.CHANGE_REQUESTED, "person", String.valueOf(personId), person.regionCode())
                .withChange(before, after).withDetail("申请 " + id));
        return id;
    }

    @Transactional
    public void approve(long requestId, Jurisdiction jurisdiction) {
        Pending pending = pending(requestId, jurisdiction);
        PersonInput input = json.readValue(cipher.decrypt(pending.payload()), PersonInput.class);
        try {
            registry.update(pending.personId(), pending.baseVersion(), input, jurisdiction);
        } catch (PersonRuleException e) {
            if (e.fieldErrors().containsKey("version")) {
                throw new PersonRuleException(Map.of("decision", "申请提交后此记录已被修改，请驳回并请申请人重新提交"));
            }
            throw e;
        }
        decide(requestId, "APPROVED", null);
        audit.record(AuditEntry.of(AuditAction.CHANGE_APPROVED, "person", String.valueOf(pending.personId()),
                pending.regionCode()).withDetail("申请 " + requestId));
    }

    @Transactional
    public void reject(long requestId, String reason, Jurisdiction jurisdiction) {
        if (reason == null || reason.isBlank()) {
            throw new PersonRuleException(Map.of("reason", "驳回须说明理由"));
        }
        Pending pending = pending(requestId, jurisdiction);
        decide(requestId, "REJECTED", reason.strip());
        audit.record(AuditEntry.of(AuditAction.CHANGE_REJECTED, "person", String.valueOf(pending.personId()),
                pending.regionCode()).withDetail("申请 " + requestId + "：" + reason.strip()));
    }

    public List<ChangeRequest> findPending(Jurisdiction jurisdiction) {
        return list("", "c.status = 'PENDING' AND c.region_code LIKE ?", jurisdiction.likePattern());
    }

    public List<ChangeRequest> findForPerson(long personId, Jurisdiction jurisdiction) {
        return list(StatementPlans.GENERIC, "c.person_id = ? AND c.region_code LIKE ?", personId, jurisdiction.likePattern());
    }

    /** Each request's requested change as labelled lines (文化程度：初中 → 高中), by request id. */
    public Map<Long, List<ChangeLine>> changesOf(List<ChangeRequest> requests, Jurisdiction jurisdiction) {
        Map<Long, List<ChangeLine>> changes = new LinkedHashMap<>();
        requests.forEach(r -> changes.put(r.id(), histories.describeChange("person", r.beforeState(), r.afterState(), jurisdiction)));
        return changes;
    }

    public long countPending(Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT count(*) FROM change_request WHERE status = 'PENDING' AND region_code LIKE ?")
                .param(jurisdiction.likePattern()).query(Long.class).single();
    }

    /** {@code plan}: {@link StatementPlans#GENERIC} for a lookup by key, else empty. */
    private List<ChangeRequest> list(String plan, String condition, Object... params) {
        return jdbc.sql(plan + """
                SELECT c.id, c.person_id, p.name AS person_name, c.region_code, c.requested_by, c.requested_at,
                       c.before_state::text AS before_state, c.after_state::text AS after_state, c.status,
                       c.decided_by, c.decided_at, c.decision_reason
                FROM change_request c JOIN person p ON p.id = c.person_id
                WHERE\s""" + condition + " ORDER BY c.requested_at DESC, c.id DESC LIMIT 500")
                .params(params)
                .query(ChangeRequest.class).list();
    }

    private Pending pending(long requestId, Jurisdiction jurisdiction) {
        return jdbc.sql("""
                SELECT person_id, region_code, base_version, payload_cipher FROM change_request
                WHERE id = ? AND status = 'PENDING' AND region_code LIKE ? FOR UPDATE
                """)
                .params(requestId, jurisdiction.likePattern())
                .query((rs, i) -> new Pending(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getBytes(4)))
                .optional().orElseThrow(() -> new PersonNotFoundException(requestId));
    }

    private void decide(long requestId, String status, String reason) {
        jdbc.sql("UPDATE change_request SET status = ?, decided_by = ?, decided_at = now(), decision_reason = ? WHERE id = ?")
                .params(status, AuditTrail.currentActor(), reason, requestId).update();
    }

    private record Pending(long personId, String regionCode, int baseVersion, byte[] payload) {
    }
}
