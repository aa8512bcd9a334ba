package org.zhuye.training.course;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.training.CertificateKind;
import org.zhuye.training.CourseKind;
import org.zhuye.training.CourseStatus;
import org.zhuye.training.EnrolmentResult;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The course tables of V29. Reads of a course are scoped either by a jurisdiction (the course's place)
 * or by its provider (an INSTITUTION account's own); the roster, sessions and certificates are read only
 * for a course already found that way. Every change of a course row is guarded by its version.
 */
@Repository
@JurisdictionScoped
class CourseStore {

    private static final String COLUMNS = """
            c.id, c.provider_id, p.name AS provider_name, p.institution_id, c.kind, c.title, c.occupation_code,
            c.occupation_label, c.delivery, c.region_code, c.address, c.starts_on, c.ends_on, c.hours, c.capacity,
            c.subsidy_standard, c.teaching_plan, c.teachers::text AS teachers, c.assessment_method, c.status,
            c.submitted_on, c.submitted_by, c.return_reason, c.approved_by, c.approved_on, c.approval_note,
            c.finished_on, c.cancel_reason, c.created_by, c.version,
            (SELECT count(*) FROM course_enrolment e WHERE e.course_id = c.id
               AND e.result IS DISTINCT FROM 'WITHDRAWN') AS enrolled,
            (SELECT count(*) FROM course_enrolment e WHERE e.course_id = c.id
               AND e.result IN ('PASSED', 'FAILED')) AS completed""";
    private static final String FROM = " FROM course c JOIN training_provider p ON p.id = c.provider_id";
    private static final TypeReference<List<Teacher>> TEACHERS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    CourseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Course> find(long id, Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE c.id = ? AND c.region_code LIKE ?")
                .params(id, jurisdiction.likePattern()).query(this::map).optional();
    }

    /** A course of one provider, wherever it is held: an institution's own courses. */
    Optional<Course> findOfProvider(long id, long providerId) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE c.id = ? AND c.provider_id = ?")
                .params(id, providerId).query(this::map).optional();
    }

    /** A course the person is enrolled on. */
    Optional<Course> findOfPerson(long id, long personId) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE c.id = ? AND EXISTS (SELECT 1 FROM course_enrolment e"
                        + " WHERE e.course_id = c.id AND e.person_id = ?)")
                .params(id, personId).query(this::map).optional();
    }

    List<Course> findOfPersonAll(long personId) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE EXISTS (SELECT 1 FROM course_enrolment e"
                        + " WHERE e.course_id = c.id AND e.person_id = ?) ORDER BY c.starts_on DESC, c.id DESC")
                .param(personId).query(this::map).list();
    }

    /**
     * The list: the jurisdiction's courses (and, given {@code providerId}, only that provider's — for an
     * INSTITUTION account, whose jurisdiction is then the whole province it can reach), newest start first.
     */
    List<Course> search(CourseFilter filter, String scope, Long ownProvider, int limit, long offset) {
        Where where = where(filter, scope, ownProvider);
        List<Object> params = new ArrayList<>(where.params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("SELECT " + COLUMNS + FROM + where.sql + " ORDER BY c.starts_on DESC, c.id DESC LIMIT ? OFFSET ?")
                .params(params).query(this::map).list();
    }

    long count(CourseFilter filter, String scope, Long ownProvider) {
        Where where = where(filter, scope, ownProvider);
        return jdbc.sql("SELECT count(*)" + FROM + where.sql).params(where.params).query(Long.class).single();
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(CourseFilter f, String scope, Long ownProvider) {
        StringBuilder sql = new StringBuilder(" WHERE c.region_code LIKE ?");
        List<Object> params = new ArrayList<>(List.of(scope));
        if (ownProvider != null) {
            sql.append(" AND c.provider_id = ?");
            params.add(ownProvider);
        }
        if (f.kind() != null && !f.kind().isBlank()) {
            sql.append(" AND c.kind = ?");
            params.add(f.kind());
        }
        if (f.status() != null && !f.status().isBlank()) {
            sql.append(" AND c.status = ?");
            params.add(f.status());
        }
        if (f.provider() != null) {
            sql.append(" AND c.provider_id = ?");
            params.add(f.provider());
        }
        if (f.institution() != null) {
            sql.append(" AND p.institution_id = ?");
            params.add(f.institution());
        }
        LocalDate from = CourseInput.date(f.from());
        if (from != null) {
            sql.append(" AND c.starts_on >= ?");
            params.add(from);
        }
        LocalDate to = CourseInput.date(f.to());
        if (to != null) {
            sql.append(" AND c.starts_on <= ?");
            params.add(to);
        }
        return new Where(sql.toString(), params);
    }

    /** Submitted applications of the area, oldest submission first. */
    List<Course> findSubmitted(Jurisdiction jurisdiction, int limit, long offset) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE c.status = 'SUBMITTED' AND c.region_code LIKE ?"
                        + " ORDER BY c.submitted_on, c.id LIMIT ? OFFSET ?")
                .params(jurisdiction.likePattern(), limit, offset).query(this::map).list();
    }

    long countSubmitted(Jurisdiction jurisdiction) {
        return jdbc.sql("SELECT count(*) FROM course c WHERE c.status = 'SUBMITTED' AND c.region_code LIKE ?")
                .param(jurisdiction.likePattern()).query(Long.class).single();
    }

    long countReturnedOfProvider(long providerId) {
        return jdbc.sql("SELECT count(*) FROM course WHERE status = 'RETURNED' AND provider_id = ?")
                .param(providerId).query(Long.class).single();
    }

    /** Approved courses of the provider that have ended while some enrolment still has no result. */
    long countEndedWithoutResultsOfProvider(long providerId, LocalDate today) {
        return jdbc.sql("""
                        SELECT count(*) FROM course c WHERE c.provider_id = ? AND c.status = 'APPROVED' AND c.ends_on < ?
                          AND EXISTS (SELECT 1 FROM course_enrolment e WHERE e.course_id = c.id AND e.result IS NULL)""")
                .params(providerId, today).query(Long.class).single();
    }

    long insert(CourseData d, String actor) {
        return jdbc.sql("""
                        INSERT INTO course (provider_id, kind, title, occupation_code, occupation_label, delivery, region_code,
                            address, starts_on, ends_on, hours, capacity, subsidy_standard, teaching_plan, teachers,
                            assessment_method, created_by, updated_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?) RETURNING id""")
                .params(d.providerId(), d.kind().name(), d.title(), d.occupationCode(), d.occupationLabel(),
                        d.delivery().name(), d.regionCode(), d.address(), d.startsOn(), d.endsOn(), d.hours(),
                        d.capacity(), d.subsidyStandard(), d.teachingPlan(), json.writeValueAsString(d.teachers()),
                        d.assessmentMethod(), actor, actor)
                .query(Long.class).single();
    }

    boolean update(long id, int version, CourseData d, String actor) {
        return jdbc.sql("""
                        UPDATE course SET provider_id = ?, kind = ?, title = ?, occupation_code = ?, occupation_label = ?,
                            delivery = ?, region_code = ?, address = ?, starts_on = ?, ends_on = ?, hours = ?, capacity = ?,
                            subsidy_standard = ?, teaching_plan = ?, teachers = CAST(? AS jsonb), assessment_method = ?,
                            updated_at = now(), updated_by = ?, version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(d.providerId(), d.kind().name(), d.title(), d.occupationCode(), d.occupationLabel(),
                        d.delivery().name(), d.regionCode(), d.address(), d.startsOn(), d.endsOn(), d.hours(),
                        d.capacity(), d.subsidyStandard(), d.teachingPlan(), json.writeValueAsString(d.teachers()),
                        d.assessmentMethod(), actor, id, version)
                .update() == 1;
    }

    boolean submit(long id, int version, LocalDate on, String submitter) {
        return step(id, version, org.zhuye.audit.AuditTrail.currentActor(), "status = 'SUBMITTED', submitted_on = ?, submitted_by = ?, return_reason = NULL",
                on, submitter);
    }

    boolean approve(long id, int version, String note, LocalDate on, String actor) {
        return step(id, version, actor, "status = 'APPROVED', approved_on = ?, approved_by = ?, approval_note = ?",
                on, actor, note);
    }

    boolean returnForCorrection(long id, int version, String reason, String actor) {
        return step(id, version, actor, "status = 'RETURNED', return_reason = ?", reason);
    }

    boolean cancel(long id, int version, String reason, String actor) {
        return step(id, version, actor, "status = 'CANCELLED', cancel_reason = ?", reason);
    }

    boolean finish(long id, int version, LocalDate on, String actor) {
        return step(id, version, actor, "status = 'FINISHED', finished_on = ?", on);
    }

    /** A change of the course's roster or sessions moves its version, so a stale page is refused. */
    boolean touch(long id, int version, String actor) {
        return step(id, version, actor, "title = title");
    }

    private boolean step(long id, int version, String actor, String set, Object... values) {
        List<Object> params = new ArrayList<>(java.util.Arrays.asList(values));
        params.add(actor);
        params.add(id);
        params.add(version);
        return jdbc.sql("UPDATE course SET " + set + ", updated_at = now(), updated_by = ?, version = version + 1"
                        + " WHERE id = ? AND version = ?")
                .params(params).update() == 1;
    }

    // ---- roster

    List<Enrolment> enrolments(long courseId) {
        return jdbc.sql(ENROLMENTS + " WHERE e.course_id = ? ORDER BY e.id").param(courseId).query(CourseStore::enrolment).list();
    }

    Optional<Enrolment> enrolment(long courseId, long enrolmentId) {
        return jdbc.sql(ENROLMENTS + " WHERE e.course_id = ? AND e.id = ?").params(courseId, enrolmentId)
                .query(CourseStore::enrolment).optional();
    }

    Optional<Enrolment> enrolmentOfPerson(long courseId, long personId) {
        return jdbc.sql(ENROLMENTS + " WHERE e.course_id = ? AND e.person_id = ?").params(courseId, personId)
                .query(CourseStore::enrolment).optional();
    }

    private static final String ENROLMENTS = """
            SELECT e.id, e.course_id, e.person_id, pe.name AS person_name, pe.region_code AS person_region,
                   e.enrolled_on, e.result, e.result_on, e.score, e.version,
                   COALESCE((SELECT sum(s.hours) FROM course_attendance a JOIN course_session s ON s.id = a.session_id
                              WHERE a.enrolment_id = e.id), 0) AS attended_hours,
                   COALESCE((SELECT sum(s.hours) FROM course_session s WHERE s.course_id = e.course_id), 0) AS session_hours
            FROM course_enrolment e JOIN person pe ON pe.id = e.person_id""";

    private static Enrolment enrolment(ResultSet rs, int row) throws SQLException {
        String result = rs.getString("result");
        var resultOn = rs.getDate("result_on");
        return new Enrolment(rs.getLong("id"), rs.getLong("course_id"), rs.getLong("person_id"), rs.getString("person_name"),
                rs.getString("person_region"), rs.getDate("enrolled_on").toLocalDate(),
                result == null ? null : EnrolmentResult.valueOf(result), resultOn == null ? null : resultOn.toLocalDate(),
                rs.getBigDecimal("score"), rs.getInt("version"), rs.getBigDecimal("attended_hours"),
                rs.getBigDecimal("session_hours"));
    }

    int countEnrolled(long courseId) {
        return jdbc.sql("SELECT count(*) FROM course_enrolment WHERE course_id = ? AND result IS DISTINCT FROM 'WITHDRAWN'")
                .param(courseId).query(Integer.class).single();
    }

    long insertEnrolment(long courseId, long personId, LocalDate on, String actor) {
        return jdbc.sql("""
                        INSERT INTO course_enrolment (course_id, person_id, enrolled_on, created_by, updated_by)
                        VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(courseId, personId, on, actor, actor).query(Long.class).single();
    }

    boolean hasAttendanceOrCertificate(long enrolmentId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM course_attendance WHERE enrolment_id = :id)
                            OR EXISTS (SELECT 1 FROM training_certificate WHERE enrolment_id = :id)""")
                .param("id", enrolmentId).query(Boolean.class).single();
    }

    boolean deleteEnrolment(long enrolmentId, int version) {
        return jdbc.sql("DELETE FROM course_enrolment WHERE id = ? AND version = ?").params(enrolmentId, version).update() == 1;
    }

    boolean setResult(long enrolmentId, int version, EnrolmentResult result, LocalDate on, BigDecimal score, String actor) {
        return jdbc.sql("""
                        UPDATE course_enrolment SET result = ?, result_on = ?, score = ?, updated_at = now(), updated_by = ?,
                            version = version + 1 WHERE id = ? AND version = ?""")
                .params(result.name(), on, score, actor, enrolmentId, version).update() == 1;
    }

    long countWithoutResult(long courseId) {
        return jdbc.sql("SELECT count(*) FROM course_enrolment WHERE course_id = ? AND result IS NULL")
                .param(courseId).query(Long.class).single();
    }

    // ---- sessions and attendance

    List<CourseSession> sessions(long courseId) {
        return jdbc.sql(SESSIONS + " WHERE course_id = ? ORDER BY held_on, id").param(courseId)
                .query(CourseStore::session).list();
    }

    Optional<CourseSession> session(long courseId, long sessionId) {
        return jdbc.sql(SESSIONS + " WHERE course_id = ? AND id = ?").params(courseId, sessionId)
                .query(CourseStore::session).optional();
    }

    /** The sessions of the person's courses whose code is open at {@code now}. */
    List<CourseSession> openSessionsOfPerson(long personId, Instant now) {
        return jdbc.sql("""
                        SELECT s.id, s.course_id, s.held_on, s.hours, s.topic, s.sign_code, s.sign_code_until
                        FROM course_session s WHERE s.sign_code_until > ? AND EXISTS (SELECT 1 FROM course_enrolment e
                          WHERE e.course_id = s.course_id AND e.person_id = ? AND e.result IS NULL)
                        ORDER BY s.held_on, s.id""")
                .params(java.sql.Timestamp.from(now), personId).query(CourseStore::session).list();
    }

    private static final String SESSIONS = "SELECT id, course_id, held_on, hours, topic, sign_code, sign_code_until FROM course_session";

    private static CourseSession session(ResultSet rs, int row) throws SQLException {
        var until = rs.getTimestamp("sign_code_until");
        return new CourseSession(rs.getLong("id"), rs.getLong("course_id"), rs.getDate("held_on").toLocalDate(),
                rs.getBigDecimal("hours"), rs.getString("topic"), rs.getString("sign_code"),
                until == null ? null : until.toInstant());
    }

    boolean sessionExists(long courseId, LocalDate heldOn, String topic) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM course_session WHERE course_id = ? AND held_on = ? AND topic IS NOT DISTINCT FROM ?)")
                .params(courseId, heldOn, topic).query(Boolean.class).single();
    }

    long insertSession(long courseId, LocalDate heldOn, BigDecimal hours, String topic, String actor) {
        return jdbc.sql("INSERT INTO course_session (course_id, held_on, hours, topic, created_by) VALUES (?, ?, ?, ?, ?) RETURNING id")
                .params(courseId, heldOn, hours, topic, actor).query(Long.class).single();
    }

    void openCode(long sessionId, String code, Instant until) {
        jdbc.sql("UPDATE course_session SET sign_code = ?, sign_code_until = ? WHERE id = ?")
                .params(code, java.sql.Timestamp.from(until), sessionId).update();
    }

    /** Attendance of the course: session id → enrolment id → method. */
    Map<Long, Map<Long, String>> attendance(long courseId) {
        Map<Long, Map<Long, String>> all = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT a.session_id, a.enrolment_id, a.method FROM course_attendance a
                        JOIN course_session s ON s.id = a.session_id WHERE s.course_id = ?""")
                .param(courseId)
                .query((rs, i) -> all.computeIfAbsent(rs.getLong(1), k -> new java.util.HashMap<>()).put(rs.getLong(2), rs.getString(3)))
                .list();
        return all;
    }

    /**
     * The provider's record of one session: exactly {@code present} attended. A trainee's own sign-in
     * (SELF) stands unless the provider marks them absent.
     */
    AttendanceChange replaceAttendance(long sessionId, Set<Long> present, String actor) {
        Long[] ids = present.toArray(Long[]::new);
        int removed = jdbc.sql("DELETE FROM course_attendance WHERE session_id = ? AND NOT (enrolment_id = ANY (?))")
                .params(sessionId, ids).update();
        int added = jdbc.sql("""
                        INSERT INTO course_attendance (session_id, enrolment_id, method, recorded_by)
                        SELECT ?, unnest(CAST(? AS bigint[])), 'PROVIDER', ? ON CONFLICT DO NOTHING""")
                .params(sessionId, ids, actor).update();
        return new AttendanceChange(added, removed);
    }

    record AttendanceChange(int added, int removed) {
    }

    boolean signIn(long sessionId, long enrolmentId, String actor) {
        return jdbc.sql("""
                        INSERT INTO course_attendance (session_id, enrolment_id, method, recorded_by)
                        VALUES (?, ?, 'SELF', ?) ON CONFLICT DO NOTHING""")
                .params(sessionId, enrolmentId, actor).update() == 1;
    }

    int wrongTriesSince(long personId, Instant since) {
        return jdbc.sql("SELECT count(*) FROM course_sign_attempt WHERE person_id = ? AND attempted_at > ?")
                .params(personId, java.sql.Timestamp.from(since)).query(Integer.class).single();
    }

    void wrongTry(long personId) {
        jdbc.sql("INSERT INTO course_sign_attempt (person_id) VALUES (?)").param(personId).update();
    }

    // ---- certificates

    List<Certificate> certificates(long courseId) {
        return jdbc.sql(CERTIFICATES + " WHERE e.course_id = ? ORDER BY t.issued_on, t.id").param(courseId)
                .query(CourseStore::certificate).list();
    }

    List<Certificate> certificatesOfPerson(long personId) {
        return jdbc.sql(CERTIFICATES + " WHERE t.person_id = ? ORDER BY t.issued_on DESC, t.id").param(personId)
                .query(CourseStore::certificate).list();
    }

    private static final String CERTIFICATES = """
            SELECT t.id, t.enrolment_id, e.course_id, t.person_id, t.kind, t.level, t.number, t.issuer, t.issued_on
            FROM training_certificate t JOIN course_enrolment e ON e.id = t.enrolment_id""";

    private static Certificate certificate(ResultSet rs, int row) throws SQLException {
        int read = rs.getInt("level");
        Integer level = rs.wasNull() ? null : read;
        return new Certificate(rs.getLong("id"), rs.getLong("enrolment_id"), rs.getLong("course_id"), rs.getLong("person_id"),
                CertificateKind.valueOf(rs.getString("kind")), level, rs.getString("number"),
                rs.getString("issuer"), rs.getDate("issued_on").toLocalDate());
    }

    List<Certificate> certificatesOfEnrolment(long enrolmentId) {
        return jdbc.sql(CERTIFICATES + " WHERE t.enrolment_id = ?").param(enrolmentId).query(CourseStore::certificate).list();
    }

    boolean certificateNumberTaken(String issuer, String number) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM training_certificate WHERE issuer = ? AND number = ?)")
                .params(issuer, number).query(Boolean.class).single();
    }

    boolean certificateKindTaken(long enrolmentId, CertificateKind kind) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM training_certificate WHERE enrolment_id = ? AND kind = ?)")
                .params(enrolmentId, kind.name()).query(Boolean.class).single();
    }

    long insertCertificate(long enrolmentId, long personId, CertificateKind kind, Integer level, String number,
                           String issuer, LocalDate issuedOn, String actor) {
        return jdbc.sql("""
                        INSERT INTO training_certificate (enrolment_id, person_id, kind, level, number, issuer, issued_on, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(enrolmentId, personId, kind.name(), level, number, issuer, issuedOn, actor)
                .query(Long.class).single();
    }

    // ---- mapping

    private Course map(ResultSet rs, int row) throws SQLException {
        long institution = rs.getLong("institution_id");
        Long institutionId = rs.wasNull() ? null : institution;
        return new Course(rs.getLong("id"), rs.getLong("provider_id"), rs.getString("provider_name"), institutionId,
                CourseKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("occupation_code"),
                rs.getString("occupation_label"), Delivery.valueOf(rs.getString("delivery")), rs.getString("region_code"),
                rs.getString("address"), rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(),
                rs.getInt("hours"), rs.getInt("capacity"), rs.getBigDecimal("subsidy_standard"),
                rs.getString("teaching_plan"), json.readValue(rs.getString("teachers"), TEACHERS),
                rs.getString("assessment_method"), CourseStatus.valueOf(rs.getString("status")),
                date(rs, "submitted_on"), rs.getString("submitted_by"), rs.getString("return_reason"),
                rs.getString("approved_by"), date(rs, "approved_on"), rs.getString("approval_note"),
                date(rs, "finished_on"), rs.getString("cancel_reason"), rs.getString("created_by"), rs.getInt("version"),
                rs.getInt("enrolled"), rs.getInt("completed"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        var d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

}
