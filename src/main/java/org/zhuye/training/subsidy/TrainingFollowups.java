package org.zhuye.training.subsidy;

import java.sql.Date;
import java.time.LocalDate;
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
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.EmploymentInput;
import org.zhuye.person.EmploymentRecord;
import org.zhuye.person.PersonRuleException;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.training.CourseKind;
import org.zhuye.training.TrainingNotFoundException;
import org.zhuye.training.TrainingRuleException;

/**
 * The visit six months after completion. Every completed enrolment (合格 or 不合格) falls due on its result
 * date plus six months; nothing is stored until the visit is recorded. The form is pre-filled from the
 * registry's dated status on the due day ({@link EmploymentHistory#findStatusOn}); a job the registry does
 * not know on its start day is recorded there as a move into work, in the visit's transaction. A visit
 * that finds the trainee not working leaves the registry alone: the reason and livelihood it needs are
 * the casework visit's to ask. Seen by the trainee's registry region.
 */
@Service
@JurisdictionScoped
public class TrainingFollowups {

    static final int MONTHS = 6;

    private static final String SELECT = """
            SELECT e.id, e.person_id, p.name, p.region_code, c.id, c.title, c.kind, e.result_on,
                   CAST(e.result_on + interval '6 months' AS date) AS due_on,
                   f.visited_on, f.working, f.employed_on, f.employer_name, f.employment_event_id, f.note, f.recorded_by,
                   f.version
            FROM course_enrolment e JOIN person p ON p.id = e.person_id JOIN course c ON c.id = e.course_id
              LEFT JOIN training_followup f ON f.enrolment_id = e.id
            """;

    private final JdbcClient jdbc;
    private final EmploymentHistory employment;
    private final AuditTrail audit;

    TrainingFollowups(JdbcClient jdbc, EmploymentHistory employment, AuditTrail audit) {
        this.jdbc = jdbc;
        this.employment = employment;
        this.audit = audit;
    }

    /** Due and unrecorded in the region (a prefix inside the jurisdiction), oldest first, pre-filled. */
    @Transactional(readOnly = true)
    public List<Followup> due(String regionLike, LocalDate today, int limit, Jurisdiction jurisdiction) {
        return jdbc.sql(SELECT + """
                        WHERE e.result IN ('PASSED', 'FAILED') AND f.enrolment_id IS NULL
                          AND e.result_on <= CAST(? AS date) - interval '6 months'
                          AND p.region_code LIKE ? AND p.region_code LIKE ?
                        ORDER BY e.result_on, e.id LIMIT ?""")
                .params(Date.valueOf(today), jurisdiction.likePattern(), regionLike, limit)
                .query((rs, i) -> row(rs)).list();
    }

    /** How many are due and unrecorded in the jurisdiction: the home page's count. */
    @Transactional(readOnly = true)
    public long countDue(LocalDate today, Jurisdiction jurisdiction) {
        return jdbc.sql("""
                        SELECT count(*) FROM course_enrolment e JOIN person p ON p.id = e.person_id
                        WHERE e.result IN ('PASSED', 'FAILED') AND e.result_on <= CAST(? AS date) - interval '6 months'
                          AND p.region_code LIKE ?
                          AND NOT EXISTS (SELECT 1 FROM training_followup f WHERE f.enrolment_id = e.id)""")
                .params(Date.valueOf(today), jurisdiction.likePattern()).query(Long.class).single();
    }

    /** A completed enrolment's follow-up, due or recorded; empty when not completed or outside. */
    @Transactional(readOnly = true)
    public Optional<Followup> find(long enrolmentId, Jurisdiction jurisdiction) {
        return jdbc.sql(SELECT + " WHERE e.id = ? AND e.result IN ('PASSED', 'FAILED') AND p.region_code LIKE ?")
                .params(enrolmentId, jurisdiction.likePattern())
                .query((rs, i) -> row(rs)).optional();
    }

    /** Recorded follow-ups of one person, for their page. */
    @Transactional(readOnly = true)
    public List<Followup> ofPerson(long personId, Jurisdiction jurisdiction) {
        return jdbc.sql(SELECT + " WHERE e.person_id = ? AND e.result IN ('PASSED', 'FAILED') AND p.region_code LIKE ? ORDER BY e.result_on DESC")
                .params(personId, jurisdiction.likePattern())
                .query((rs, i) -> row(rs)).list();
    }

    /** Records the visit once; a job the registry does not know goes into it. Audited; nothing half-saved. */
    @Transactional
    public Followup record(long enrolmentId, FollowupInput input, Jurisdiction jurisdiction) {
        Followup due = find(enrolmentId, jurisdiction)
                .orElseThrow(() -> new TrainingNotFoundException("已结业的培训报名", enrolmentId));
        if (due.recorded()) {
            throw TrainingRuleException.of("enrolment", "这次培训后跟踪已于 " + due.visitedOn() + " 记录，不能重复记录");
        }
        FollowupInput.Checked visit = input.check(due.completedOn(), LocalDate.now());
        Jurisdiction own = Jurisdiction.of(due.personRegion());
        Long eventId = null;
        if (visit.working()) {
            boolean known = employment.findStatusOn(due.personId(), visit.employedOn(), own)
                    .map(EmploymentRecord::employed).orElse(false);
            if (!known) {
                try {
                    eventId = employment.record(due.personId(), new EmploymentInput(visit.employedOn().toString(), "是",
                            visit.form(), visit.employerName(), null, null, null, null, null), false, own);
                } catch (PersonRuleException e) {
                    // The registry's own field names (form, employerName) are this form's too.
                    Map<String, String> errors = new LinkedHashMap<>();
                    e.fieldErrors().forEach((field, message) ->
                            errors.put(field.equals("effectiveOn") ? "employedOn" : field, message));
                    throw new TrainingRuleException(errors);
                }
            }
        }
        jdbc.sql("""
                        INSERT INTO training_followup (enrolment_id, due_on, visited_on, working, employed_on, employer_name,
                            employment_event_id, note, recorded_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(enrolmentId, Date.valueOf(due.dueOn()), Date.valueOf(visit.visitedOn()), visit.working(),
                        visit.employedOn() == null ? null : Date.valueOf(visit.employedOn()), visit.employerName(), eventId,
                        visit.note(), AuditTrail.currentActor())
                .update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("visitedOn", visit.visitedOn().toString());
        after.put("working", visit.working());
        if (visit.working()) {
            after.put("employedOn", visit.employedOn().toString());
            after.put("employerName", visit.employerName());
            after.put("recordedInRegistry", eventId != null);
        }
        if (visit.note() != null) {
            after.put("note", visit.note());
        }
        audit.record(AuditEntry.of(AuditAction.TRAINING_FOLLOWUP_RECORDED, SubsidyVocabulary.FOLLOWUP,
                String.valueOf(enrolmentId), due.personRegion()).withChange(null, after));
        return find(enrolmentId, jurisdiction).orElseThrow();
    }

    private Followup row(java.sql.ResultSet rs) throws java.sql.SQLException {
        long personId = rs.getLong(2);
        String personRegion = rs.getString(4);
        LocalDate dueOn = rs.getDate(9).toLocalDate();
        Optional<EmploymentRecord> status = dueOn.isAfter(LocalDate.now()) ? Optional.empty()
                : employment.findStatusOn(personId, dueOn, Jurisdiction.of(personRegion));
        Date visited = rs.getDate(10);
        Date employedOn = rs.getDate(12);
        long eventId = rs.getLong(14);
        boolean eventNull = rs.wasNull();
        return new Followup(rs.getLong(1), personId, rs.getString(3), personRegion, rs.getLong(5), rs.getString(6),
                CourseKind.valueOf(rs.getString(7)), rs.getDate(8).toLocalDate(), dueOn,
                status.map(EmploymentRecord::employed).orElse(null), status.map(EmploymentRecord::effectiveOn).orElse(null),
                status.map(EmploymentRecord::employerName).orElse(null),
                visited == null ? null : visited.toLocalDate(), visited == null ? null : rs.getBoolean(11),
                employedOn == null ? null : employedOn.toLocalDate(), rs.getString(13), eventNull ? null : eventId,
                rs.getString(15), rs.getString(16), rs.getInt(17));
    }
}
