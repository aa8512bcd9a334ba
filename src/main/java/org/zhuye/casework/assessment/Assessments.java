package org.zhuye.casework.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.zhuye.casework.ServiceRecord;
import org.zhuye.person.PersonRepository;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;

/**
 * 职业能力评估表: one per assessment service record, saved once (a mistake voids the service
 * record and is assessed again). The level and suggestions are computed here, never typed.
 */
@Service
@JurisdictionScoped
public class Assessments {

    private final JdbcClient jdbc;
    private final CaseworkServices services;
    private final PersonRepository persons;
    private final CaseworkCodes codes;
    private final AuditTrail audit;

    Assessments(JdbcClient jdbc, CaseworkServices services, PersonRepository persons, CaseworkCodes codes, AuditTrail audit) {
        this.jdbc = jdbc;
        this.services = services;
        this.persons = persons;
        this.codes = codes;
        this.audit = audit;
    }

    @Transactional
    public Assessment record(long personId, long serviceId, AssessmentInput input, Jurisdiction jurisdiction) {
        var person = persons.require(personId, jurisdiction);
        ServiceRecord service = ServiceForms.target(services, personId, serviceId, ServiceKind.ASSESSMENT, jurisdiction);
        if (find(personId, serviceId, jurisdiction).isPresent()) {
            throw new CaseworkRuleException(Map.of("serviceId", "这次评估已填写评估表；如有错误，请作废该服务记录后重新评估"));
        }
        AssessmentInput.Validated valid = input.validate(codes);
        if (!valid.errors().isEmpty()) {
            throw new CaseworkRuleException(valid.errors());
        }
        AbilityScores s = valid.scores();
        AbilityLevel level = AbilityLevel.of(s);
        List<String> suggested = WorkSuggestions.of(s);
        String[] notes = new String[6];
        for (AbilityScores.Item item : AbilityScores.Item.values()) {
            notes[item.ordinal()] = valid.notes().get(item.field());
        }
        jdbc.sql("""
                INSERT INTO casework_assessment (service_id, scale, physical, sensory, cognition, daily_living, work_skills,
                    interests, notes, level, suggested_kinds, chosen_kinds, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(serviceId, AbilityLevel.SCALE, s.physical(), s.sensory(), s.cognition(), s.dailyLiving(),
                        s.workSkills(), s.interests(), notes, level.number(), suggested.toArray(String[]::new),
                        valid.kinds().toArray(String[]::new), AuditTrail.currentActor())
                .update();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("serviceId", serviceId);
        state.put("scores", List.of(s.physical(), s.sensory(), s.cognition(), s.dailyLiving(), s.workSkills(), s.interests()));
        state.put("level", level.label());
        state.put("chosenKinds", valid.kinds());
        audit.record(AuditEntry.of(AuditAction.CASEWORK_ASSESSMENT_RECORDED, "person", String.valueOf(personId),
                person.regionCode()).withChange(null, state));
        return find(personId, serviceId, jurisdiction).orElseThrow();
    }

    /** A person's assessments, newest first, those of voided service records included (marked). */
    public List<Assessment> findForPerson(long personId, Jurisdiction jurisdiction) {
        return jdbc.sql(SELECT + " WHERE s.person_id = ? AND p.region_code LIKE ? ORDER BY s.served_on DESC, s.id DESC")
                .params(personId, jurisdiction.likePattern()).query(Assessments::map).list();
    }

    public java.util.Optional<Assessment> find(long personId, long serviceId, Jurisdiction jurisdiction) {
        return jdbc.sql(SELECT + " WHERE s.person_id = ? AND s.id = ? AND p.region_code LIKE ?")
                .params(personId, serviceId, jurisdiction.likePattern()).query(Assessments::map).optional();
    }

    private static final String SELECT = """
            SELECT a.*, s.person_id, s.served_on, s.delivered_by, s.voided_at IS NOT NULL AS voided
            FROM casework_assessment a JOIN casework_service s ON s.id = a.service_id JOIN person p ON p.id = s.person_id""";

    private static Assessment map(ResultSet rs, int row) throws SQLException {
        AbilityScores scores = new AbilityScores(rs.getInt("physical"), rs.getInt("sensory"), rs.getInt("cognition"),
                rs.getInt("daily_living"), rs.getInt("work_skills"), rs.getInt("interests"));
        String[] noteArray = (String[]) rs.getArray("notes").getArray();
        Map<String, String> notes = new LinkedHashMap<>();
        for (AbilityScores.Item item : AbilityScores.Item.values()) {
            if (noteArray[item.ordinal()] != null) {
                notes.put(item.field(), noteArray[item.ordinal()]);
            }
        }
        return new Assessment(rs.getLong("service_id"), rs.getLong("person_id"), rs.getDate("served_on").toLocalDate(),
                rs.getString("delivered_by"), rs.getBoolean("voided"), rs.getString("scale"), scores, notes,
                AbilityLevel.ofNumber(rs.getInt("level")),
                Arrays.asList((String[]) rs.getArray("suggested_kinds").getArray()),
                Arrays.asList((String[]) rs.getArray("chosen_kinds").getArray()));
    }
}
