package org.zhuye.institution.served;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhuye.institution.CareMode;
import org.zhuye.institution.EndReason;
import org.zhuye.institution.ServedService;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.region.OutsideJurisdiction;

/**
 * SQL over {@code institution_person}. Lists read every span of an institution with the person's place, so the
 * caller can pass them through {@code region.VisiblePeople}; a person's spans are read inside a jurisdiction.
 */
@Repository
@JurisdictionScoped
public class ServedStore {

    private static final String COLUMNS = """
            s.id, s.institution_id, i.name AS institution_name, s.person_id, p.name AS person_name,
            p.region_code AS person_region, s.service, s.care_mode, s.from_on, s.until_on, s.end_reason,
            s.employment_event_id, s.note, s.version
            FROM institution_person s JOIN institution i ON i.id = s.institution_id JOIN person p ON p.id = s.person_id""";

    private final JdbcClient jdbc;

    ServedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every span of an institution, open ones first; the caller filters the people through VisiblePeople. */
    @OutsideJurisdiction("the institution was read inside the caller's scope; its people are split by VisiblePeople")
    public List<ServedSpan> findOfInstitution(long institutionId) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE s.institution_id = ?"
                        + " ORDER BY (s.until_on IS NULL) DESC, s.from_on DESC, s.id DESC")
                .param(institutionId).query(ServedStore::map).list();
    }

    /** A person's spans at any institution, newest first (the person page). */
    public List<ServedSpan> findOfPerson(long personId, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE s.person_id = ? AND p.region_code LIKE ?"
                        + " ORDER BY (s.until_on IS NULL) DESC, s.from_on DESC, s.id DESC")
                .params(personId, jurisdiction.likePattern()).query(ServedStore::map).list();
    }

    @OutsideJurisdiction("a span of an institution the caller has already been allowed to see")
    public Optional<ServedSpan> findSpan(long institutionId, long spanId) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE s.institution_id = ? AND s.id = ?")
                .params(institutionId, spanId).query(ServedStore::map).optional();
    }

    boolean openSpanExists(long institutionId, long personId, ServedService service) {
        return jdbc.sql("SELECT count(*) FROM institution_person WHERE institution_id = ? AND person_id = ? AND service = ? AND until_on IS NULL")
                .params(institutionId, personId, service.name()).query(Integer.class).single() > 0;
    }

    int openSpans(long institutionId) {
        return jdbc.sql("SELECT count(*) FROM institution_person WHERE institution_id = ? AND until_on IS NULL")
                .param(institutionId).query(Integer.class).single();
    }

    /** Persons (not spans) in open massage work at the institution: the size that makes it 集中就业. */
    int openMassageWorkers(long institutionId) {
        return jdbc.sql("""
                SELECT count(DISTINCT person_id) FROM institution_person
                WHERE institution_id = ? AND until_on IS NULL AND service IN ('MASSAGE_HEALTH', 'MASSAGE_MEDICAL')""")
                .param(institutionId).query(Integer.class).single();
    }

    long insert(long institutionId, long personId, ServedService service, CareMode mode, LocalDate from, String note,
                String actor) {
        return jdbc.sql("""
                INSERT INTO institution_person (institution_id, person_id, service, care_mode, from_on, note, created_by, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(institutionId, personId, service.name(), mode == null ? null : mode.name(), Date.valueOf(from),
                        note, actor, actor)
                .query(Long.class).single();
    }

    void setEvent(long spanId, long eventId) {
        jdbc.sql("UPDATE institution_person SET employment_event_id = ? WHERE id = ?").params(eventId, spanId).update();
    }

    boolean end(long spanId, int version, LocalDate until, EndReason reason, String actor) {
        return jdbc.sql("""
                UPDATE institution_person SET until_on = ?, end_reason = ?, updated_at = now(), updated_by = ?, version = version + 1
                WHERE id = ? AND version = ? AND until_on IS NULL""")
                .params(Date.valueOf(until), reason.name(), actor, spanId, version).update() == 1;
    }

    boolean correct(long spanId, int version, LocalDate from, LocalDate until, String note, String actor) {
        return jdbc.sql("""
                UPDATE institution_person SET from_on = ?, until_on = ?, note = ?, updated_at = now(), updated_by = ?,
                    version = version + 1
                WHERE id = ? AND version = ?""")
                .params(Date.valueOf(from), until == null ? null : Date.valueOf(until), note, actor, spanId, version)
                .update() == 1;
    }

    static ServedSpan map(ResultSet rs, int row) throws SQLException {
        Date until = rs.getDate("until_on");
        long event = rs.getLong("employment_event_id");
        Long eventId = rs.wasNull() ? null : event;
        String mode = rs.getString("care_mode");
        String reason = rs.getString("end_reason");
        return new ServedSpan(rs.getLong("id"), rs.getLong("institution_id"), rs.getString("institution_name"),
                rs.getLong("person_id"), rs.getString("person_name"), rs.getString("person_region"),
                ServedService.valueOf(rs.getString("service")), mode == null ? null : CareMode.valueOf(mode),
                rs.getDate("from_on").toLocalDate(), until == null ? null : until.toLocalDate(),
                reason == null ? null : EndReason.valueOf(reason), eventId, rs.getString("note"), rs.getInt("version"));
    }
}
