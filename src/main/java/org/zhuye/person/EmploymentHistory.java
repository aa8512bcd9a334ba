package org.zhuye.person;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.platform.database.StatementPlans;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;

/**
 * A person's employment status over time. Events are never changed or deleted: a mistaken one is
 * voided with a reason, so every past statistic can be recomputed as it was and as it is now.
 */
@Service
@JurisdictionScoped
public class EmploymentHistory {

    private static final String COLUMNS = """
            e.id, e.person_id, e.effective_on, e.employed, e.form, e.employer_name, e.occupation, e.monthly_income,
            e.satisfaction, e.reason, e.livelihood, e.baseline, e.recorded_by, e.recorded_at, e.voided_at,
            e.voided_by, e.void_reason""";

    private final JdbcClient jdbc;
    private final PersonRepository persons;
    private final CodeLists codes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    EmploymentHistory(JdbcClient jdbc, PersonRepository persons, CodeLists codes, AuditTrail audit,
                      ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.codes = codes;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Records a status from a date. {@code baseline} marks the status found at registration,
     * which is not counted as a transition into work.
     */
    @Transactional
    public long record(long personId, EmploymentInput input, boolean baseline, Jurisdiction jurisdiction) {
        Person person = persons.require(personId, jurisdiction);
        person.requireNotMerged();
        EmploymentInput.Validated validated = input.validate(codes, LocalDate.now(), person.birthDate());
        if (!validated.ok()) {
            throw new PersonRuleException(validated.errors());
        }
        return recordChecked(personId, person.regionCode(), validated.employment(), baseline);
    }

    /** Records an already validated status for a person the caller has just read or created. */
    long recordChecked(long personId, String regionCode, EmploymentInput.Employment e, boolean baseline) {
        boolean wasEmployed = e.employed() && !baseline && employedOn(personId, e.effectiveOn());
        long id = insert(personId, e, baseline, AuditTrail.currentActor());
        refreshCurrent(personId);
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("effectiveOn", e.effectiveOn().toString());
        state.put("employed", e.employed());
        state.put("form", e.form());
        state.put("employerName", e.employerName());
        state.put("reason", e.reason());
        audit.record(AuditEntry.of(AuditAction.EMPLOYMENT_RECORDED, "person", String.valueOf(personId), regionCode)
                .withChange(null, state));
        events.publishEvent(PersonsChanged.of(personId));
        if (e.employed() && !baseline && !wasEmployed) {
            events.publishEvent(new MovedIntoWork(personId, regionCode, e.effectiveOn(), id));
        }
        return id;
    }

    /** Whether the status in force on {@code date}, before anything more is recorded, is employed. */
    private boolean employedOn(long personId, LocalDate date) {
        return jdbc.sql("""
                SELECT employed FROM employment_event WHERE person_id = ? AND voided_at IS NULL AND effective_on <= ?
                ORDER BY effective_on DESC, id DESC LIMIT 1
                """).params(personId, Date.valueOf(date)).query(Boolean.class).optional().orElse(false);
    }

    long insert(long personId, EmploymentInput.Employment e, boolean baseline, String actor) {
        return jdbc.sql("""
                INSERT INTO employment_event (person_id, effective_on, employed, form, employer_name, occupation,
                    monthly_income, satisfaction, reason, livelihood, baseline, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """)
                .params(personId, Date.valueOf(e.effectiveOn()), e.employed(), e.form(), e.employerName(), e.occupation(),
                        e.monthlyIncome(), e.satisfaction(), e.reason(), e.livelihood(), baseline, actor)
                .query(Long.class).single();
    }

    @Transactional
    public void voidRecord(long personId, long eventId, String reason, Jurisdiction jurisdiction) {
        Person person = persons.require(personId, jurisdiction);
        if (reason == null || reason.isBlank()) {
            throw new PersonRuleException(Map.of("voidReason", "作废记录须说明原因"));
        }
        int changed = jdbc.sql("""
                UPDATE employment_event SET voided_at = now(), voided_by = ?, void_reason = ?
                WHERE id = ? AND person_id = ? AND voided_at IS NULL
                """)
                .params(AuditTrail.currentActor(), reason.strip(), eventId, personId).update();
        if (changed == 0) {
            throw new PersonNotFoundException(eventId);
        }
        refreshCurrent(personId);
        audit.record(AuditEntry.of(AuditAction.EMPLOYMENT_VOIDED, "person", String.valueOf(personId), person.regionCode())
                .withChange(Map.of("eventId", eventId), null).withDetail(reason.strip()));
        events.publishEvent(PersonsChanged.of(personId));
    }

    /** Every event, newest first, voided ones included so the record's history stays visible. */
    public List<EmploymentRecord> findHistory(long personId, Jurisdiction jurisdiction) {
        return jdbc.sql(StatementPlans.GENERIC + "SELECT " + COLUMNS + " FROM employment_event e JOIN person p ON p.id = e.person_id"
                        + " WHERE e.person_id = ? AND p.region_code LIKE ? ORDER BY e.effective_on DESC, e.id DESC")
                .params(personId, jurisdiction.likePattern())
                .query(EmploymentRecord.class).list();
    }

    /** The status in force on {@code date}: the latest event on or before it that is not voided. */
    public Optional<EmploymentRecord> findStatusOn(long personId, LocalDate date, Jurisdiction jurisdiction) {
        return jdbc.sql(StatementPlans.GENERIC + "SELECT " + COLUMNS + " FROM employment_event e JOIN person p ON p.id = e.person_id"
                        + " WHERE e.person_id = ? AND p.region_code LIKE ? AND e.voided_at IS NULL AND e.effective_on <= ?"
                        + " ORDER BY e.effective_on DESC, e.id DESC LIMIT 1")
                .params(personId, jurisdiction.likePattern(), Date.valueOf(date))
                .query(EmploymentRecord.class).optional();
    }

    /** One person on one day, as {@link #employedOn(Collection, Jurisdiction)} is asked. */
    public record PersonDay(long personId, LocalDate day) {
    }

    /**
     * The pairs among {@code asked} whose person was in work on the day, by the status in force then (as
     * {@link #findStatusOn}: the latest event on or before the day that is not voided), read for all persons at
     * once: a figure over thousands of hires asking one read per hire and day would cost seconds.
     */
    public Set<PersonDay> employedOn(Collection<PersonDay> asked, Jurisdiction jurisdiction) {
        if (asked.isEmpty()) {
            return Set.of();
        }
        LocalDate latest = asked.stream().map(PersonDay::day).max(LocalDate::compareTo).orElseThrow();
        Long[] ids = asked.stream().map(PersonDay::personId).distinct().toArray(Long[]::new);
        Map<Long, TreeMap<LocalDate, Boolean>> statuses = new HashMap<>();
        // In (day, id) order, so that of two events on one day the later recorded wins, as in findStatusOn.
        jdbc.sql("""
                        SELECT e.person_id, e.effective_on, e.employed FROM employment_event e JOIN person p ON p.id = e.person_id
                        WHERE e.person_id = ANY(?) AND p.region_code LIKE ? AND e.voided_at IS NULL AND e.effective_on <= ?
                        ORDER BY e.person_id, e.effective_on, e.id""")
                .params(ids, jurisdiction.likePattern(), Date.valueOf(latest))
                .query(rs -> {
                    statuses.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
                            .put(rs.getDate(2).toLocalDate(), rs.getBoolean(3));
                });
        Set<PersonDay> employed = new HashSet<>();
        for (PersonDay pair : asked) {
            TreeMap<LocalDate, Boolean> events = statuses.get(pair.personId());
            Map.Entry<LocalDate, Boolean> inForce = events == null ? null : events.floorEntry(pair.day());
            if (inForce != null && inForce.getValue()) {
                employed.add(pair);
            }
        }
        return employed;
    }

    /**
     * Persons who moved into work between {@code from} and {@code to} (inclusive): an employed
     * event in the period whose previous status was not employed. A baseline is not a move.
     */
    public long countNewEmployment(LocalDate from, LocalDate to, Jurisdiction jurisdiction) {
        return jdbc.sql("""
                SELECT count(DISTINCT person_id) FROM (
                    SELECT e.person_id, e.effective_on, e.employed, e.baseline,
                           lag(e.employed) OVER (PARTITION BY e.person_id ORDER BY e.effective_on, e.id) AS was_employed
                    FROM employment_event e JOIN person p ON p.id = e.person_id
                    WHERE p.region_code LIKE ? AND e.voided_at IS NULL AND e.effective_on <= ?
                ) t
                WHERE employed AND NOT baseline AND effective_on >= ? AND coalesce(was_employed, false) = false
                """)
                .params(jurisdiction.likePattern(), Date.valueOf(to), Date.valueOf(from))
                .query(Long.class).single();
    }

    public void refreshCurrent(long personId) {
        var latest = jdbc.sql("""
                SELECT employed, effective_on FROM employment_event
                WHERE person_id = ? AND voided_at IS NULL ORDER BY effective_on DESC, id DESC LIMIT 1
                """)
                .param(personId)
                .query((rs, i) -> new Object[]{rs.getBoolean(1), rs.getDate(2).toLocalDate()}).optional();
        persons.setCurrentEmployment(personId, latest.map(r -> (Boolean) r[0]).orElse(null),
                latest.map(r -> (LocalDate) r[1]).orElse(null));
    }
}
