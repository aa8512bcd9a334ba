package org.zhuye.casework.demand;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.casework.CaseworkCodes;
import org.zhuye.casework.CaseworkRuleException;
import org.zhuye.casework.CaseworkServices;
import org.zhuye.casework.ServiceForms;
import org.zhuye.casework.ServiceKind;
import org.zhuye.person.PersonRepository;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;

/**
 * 就业需求登记表: one per job-demand service record, saved once. The current demand is the latest
 * by service date among records not voided; earlier ones stay as history.
 */
@Service
@JurisdictionScoped
public class Demands {

    private final JdbcClient jdbc;
    private final CaseworkServices services;
    private final PersonRepository persons;
    private final DemandPlaces places;
    private final CaseworkCodes codes;
    private final OccupationClasses occupations;
    private final AuditTrail audit;

    Demands(JdbcClient jdbc, CaseworkServices services, PersonRepository persons, DemandPlaces places,
            CaseworkCodes codes, OccupationClasses occupations, AuditTrail audit) {
        this.jdbc = jdbc;
        this.services = services;
        this.persons = persons;
        this.places = places;
        this.codes = codes;
        this.occupations = occupations;
        this.audit = audit;
    }

    @Transactional
    public Demand record(long personId, long serviceId, DemandInput input, Jurisdiction jurisdiction) {
        var person = persons.require(personId, jurisdiction);
        ServiceForms.target(services, personId, serviceId, ServiceKind.DEMAND, jurisdiction);
        if (findForPerson(personId, jurisdiction).stream().anyMatch(d -> d.serviceId() == serviceId)) {
            throw new CaseworkRuleException(Map.of("serviceId", "这次登记已填写需求表；如需变更，请登记一次新的就业需求"));
        }
        Demand.Fields f = check(person, input);
        jdbc.sql("""
                INSERT INTO casework_demand (service_id, occupations, places, hours, expected_wage, accommodations,
                    accommodation_note, wants_training, wants_business, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(serviceId, f.occupations().toArray(String[]::new), f.places().toArray(String[]::new), f.hours(),
                        f.expectedWage(), f.accommodations().toArray(String[]::new), f.accommodationNote(),
                        f.wantsTraining(), f.wantsBusiness(), AuditTrail.currentActor())
                .update();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("serviceId", serviceId);
        state.put("occupations", f.occupations());
        state.put("places", f.places());
        state.put("hours", f.hours());
        state.put("expectedWage", f.expectedWage() == null ? null : f.expectedWage().toPlainString());
        state.put("accommodations", f.accommodations());
        state.put("wantsTraining", f.wantsTraining());
        state.put("wantsBusiness", f.wantsBusiness());
        audit.record(AuditEntry.of(AuditAction.CASEWORK_DEMAND_RECORDED, "person", String.valueOf(personId),
                person.regionCode()).withChange(null, state));
        return findForPerson(personId, jurisdiction).stream().filter(d -> d.serviceId() == serviceId).findFirst().orElseThrow();
    }

    /**
     * The form's checks, those of the fields and the places the person may name; throws
     * {@link CaseworkRuleException} with every problem. Self-registration runs them before it records the service.
     */
    Demand.Fields check(org.zhuye.person.Person person, DemandInput input) {
        DemandInput.Validated valid = input.validate(codes, occupations);
        Map<String, String> errors = new LinkedHashMap<>(valid.errors());
        if (valid.fields() != null) {
            for (String place : valid.fields().places()) {
                if (!places.allows(person, place)) {
                    errors.put("places", "意向工作地点须为本人所在盟市、旗县或旗县内的苏木乡镇：" + place);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new CaseworkRuleException(errors);
        }
        return valid.fields();
    }

    /** A person's demands, newest first; the first one not voided is marked current. */
    public List<Demand> findForPerson(long personId, Jurisdiction jurisdiction) {
        List<Demand> raw = jdbc.sql("""
                SELECT d.*, s.person_id, s.served_on, s.delivered_by, s.voided_at IS NOT NULL AS voided
                FROM casework_demand d JOIN casework_service s ON s.id = d.service_id JOIN person p ON p.id = s.person_id
                WHERE s.person_id = ? AND p.region_code LIKE ? ORDER BY s.served_on DESC, s.id DESC
                """).params(personId, jurisdiction.likePattern()).query(Demands::map).list();
        List<Demand> marked = new ArrayList<>();
        boolean found = false;
        for (Demand d : raw) {
            boolean current = !found && !d.voided();
            found |= current;
            marked.add(new Demand(d.serviceId(), d.personId(), d.registeredOn(), d.registeredBy(), d.voided(), current, d.fields()));
        }
        return marked;
    }

    /** The current demand: the latest not voided. */
    public Optional<Demand> findCurrent(long personId, Jurisdiction jurisdiction) {
        return findForPerson(personId, jurisdiction).stream().filter(Demand::current).findFirst();
    }

    private static Demand map(ResultSet rs, int row) throws SQLException {
        return new Demand(rs.getLong("service_id"), rs.getLong("person_id"), rs.getDate("served_on").toLocalDate(),
                rs.getString("delivered_by"), rs.getBoolean("voided"), false,
                new Demand.Fields(list(rs, "occupations"), list(rs, "places"), rs.getString("hours"),
                        rs.getBigDecimal("expected_wage"), list(rs, "accommodations"), rs.getString("accommodation_note"),
                        rs.getBoolean("wants_training"), rs.getBoolean("wants_business")));
    }

    private static List<String> list(ResultSet rs, String column) throws SQLException {
        return Arrays.asList((String[]) rs.getArray(column).getArray());
    }
}
