package org.zhuye.casework;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.person.CodeLists;
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.EmploymentInput;
import org.zhuye.person.EmploymentRecord;
import org.zhuye.person.Person;
import org.zhuye.person.PersonNotFoundException;
import org.zhuye.person.PersonRepository;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;

/**
 * Recording and voiding the services of the 四个一. Records are append-only: a mistake is voided
 * with a reason. A data verification that finds the registry wrong does not correct it here: the
 * correction goes through the registry's own edit page (a change request for grassroots members),
 * and the record keeps the registry version it checked. An employment service that ended in a job
 * records the move into work in the registry's employment history, in the same transaction.
 */
@Service
@JurisdictionScoped
public class CaseworkServices {

    private static final String COLUMNS = """
            s.id, s.person_id, s.kind, s.served_on, s.cycle_year, s.service_type, s.outcome, s.content,
            s.delivered_by, s.person_version, s.employment_event_id, s.recorded_by, s.recorded_at, s.voided_at,
            s.voided_by, s.void_reason""";

    private final JdbcClient jdbc;
    private final PersonRepository persons;
    private final EmploymentHistory employment;
    private final CodeLists registryCodes;
    private final CaseworkCodes codes;
    private final CycleYears cycles;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    CaseworkServices(JdbcClient jdbc, PersonRepository persons, EmploymentHistory employment, CodeLists registryCodes,
                     CaseworkCodes codes, CycleYears cycles, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.employment = employment;
        this.registryCodes = registryCodes;
        this.codes = codes;
        this.cycles = cycles;
        this.audit = audit;
        this.events = events;
    }

    /** Checks and saves a service; throws {@link CaseworkRuleException} with every problem, saving nothing. */
    @Transactional
    public long record(long personId, ServiceInput input, Jurisdiction jurisdiction) {
        Person person = persons.require(personId, jurisdiction);
        LocalDate today = LocalDate.now();
        Map<String, String> errors = new LinkedHashMap<>();
        if (person.mergedInto() != null) {
            errors.put("person", "此记录已合并到人员 " + person.mergedInto() + "，请在保留的记录上登记服务");
        }
        ServiceInput.Validated validated = input.validate(codes, today, person.birthDate());
        errors.putAll(validated.errors());
        ServiceInput.Service service = validated.service();
        if (service != null) {
            try {
                cycles.cycle(person.regionCode(), service.servedOn().getYear(), today);
            } catch (CycleYears.NoCycle e) {
                errors.put("servedOn", e.getMessage());
            }
            if (service.job() != null) {
                // The registry's own rules for a status, reported beside ours so nothing is half-saved.
                EmploymentInput.Validated job = service.job().validate(registryCodes, today, person.birthDate());
                job.errors().forEach((field, message) -> errors.putIfAbsent(ServiceInput.jobField(field), message));
            }
        }
        if (!errors.isEmpty()) {
            throw new CaseworkRuleException(errors);
        }
        Long employmentEvent = service.job() == null ? null : employment.record(personId, service.job(), false, jurisdiction);
        long id = jdbc.sql("""
                INSERT INTO casework_service (person_id, kind, served_on, service_type, outcome, content, delivered_by,
                    person_version, employment_event_id, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """)
                .params(personId, service.kind().name(), Date.valueOf(service.servedOn()), service.serviceType(),
                        service.outcome(), service.content(), service.deliveredBy(),
                        service.kind() == ServiceKind.VERIFICATION ? person.version() : null, employmentEvent,
                        AuditTrail.currentActor())
                .query(Long.class).single();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("serviceId", id);
        state.put("kind", service.kind().name());
        state.put("servedOn", service.servedOn().toString());
        state.put("serviceType", service.serviceType());
        state.put("outcome", service.outcome());
        state.put("deliveredBy", service.deliveredBy());
        if (employmentEvent != null) {
            state.put("employmentEventId", employmentEvent);
        }
        audit.record(AuditEntry.of(AuditAction.CASEWORK_SERVICE_RECORDED, "person", String.valueOf(personId),
                person.regionCode()).withChange(null, state));
        events.publishEvent(CaseworkChanged.of(personId));
        return id;
    }

    /**
     * Voids a service with a reason. A voided service that had recorded a move into work voids that
     * status too (unless it was voided already): the job it claimed is as mistaken as the service.
     */
    @Transactional
    public void voidService(long personId, long serviceId, String reason, Jurisdiction jurisdiction) {
        Person person = persons.require(personId, jurisdiction);
        if (reason == null || reason.isBlank()) {
            throw new CaseworkRuleException(Map.of("voidReason", "作废服务记录须说明原因"));
        }
        ServiceRecord record = find(personId, serviceId, jurisdiction)
                .filter(r -> !r.voided()).orElseThrow(() -> new PersonNotFoundException(serviceId));
        jdbc.sql("UPDATE casework_service SET voided_at = now(), voided_by = ?, void_reason = ? WHERE id = ? AND voided_at IS NULL")
                .params(AuditTrail.currentActor(), reason.strip(), serviceId).update();
        if (record.employmentEventId() != null) {
            boolean stillValid = employment.findHistory(personId, jurisdiction).stream()
                    .anyMatch(e -> e.id() == record.employmentEventId() && !e.voided());
            if (stillValid) {
                employment.voidRecord(personId, record.employmentEventId(), "随就业服务记录作废：" + reason.strip(), jurisdiction);
            }
        }
        audit.record(AuditEntry.of(AuditAction.CASEWORK_SERVICE_VOIDED, "person", String.valueOf(personId), person.regionCode())
                .withChange(Map.of("serviceId", serviceId, "kind", record.kind().name()), null).withDetail(reason.strip()));
        events.publishEvent(CaseworkChanged.of(personId));
    }

    /** A person's services, newest first, voided ones included. */
    public List<ServiceRecord> findForPerson(long personId, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM casework_service s JOIN person p ON p.id = s.person_id"
                        + " WHERE s.person_id = ? AND p.region_code LIKE ? ORDER BY s.served_on DESC, s.id DESC")
                .params(personId, jurisdiction.likePattern())
                .query(CaseworkServices::map).list();
    }

    public java.util.Optional<ServiceRecord> find(long personId, long serviceId, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM casework_service s JOIN person p ON p.id = s.person_id"
                        + " WHERE s.id = ? AND s.person_id = ? AND p.region_code LIKE ?")
                .params(serviceId, personId, jurisdiction.likePattern())
                .query(CaseworkServices::map).optional();
    }

    /** The registry's status event a service recorded, when it still stands. */
    public java.util.Optional<EmploymentRecord> findJob(ServiceRecord service, Jurisdiction jurisdiction) {
        if (service.employmentEventId() == null) {
            return java.util.Optional.empty();
        }
        return employment.findHistory(service.personId(), jurisdiction).stream()
                .filter(e -> e.id() == service.employmentEventId()).findFirst();
    }

    private static ServiceRecord map(ResultSet rs, int row) throws SQLException {
        java.sql.Timestamp voided = rs.getTimestamp("voided_at");
        return new ServiceRecord(rs.getLong("id"), rs.getLong("person_id"), ServiceKind.valueOf(rs.getString("kind")),
                rs.getDate("served_on").toLocalDate(), rs.getInt("cycle_year"), rs.getString("service_type"),
                rs.getString("outcome"), rs.getString("content"), rs.getString("delivered_by"),
                (Integer) rs.getObject("person_version"), (Long) rs.getObject("employment_event_id"),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(),
                voided == null ? null : voided.toInstant(), rs.getString("voided_by"), rs.getString("void_reason"));
    }
}
