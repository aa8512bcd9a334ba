package org.zhuye.training.course;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.audit.FieldVocabulary;
import org.zhuye.person.PersonsMerged;

/**
 * Courses follow a merged person, in the merge's transaction (a plain listener, so a failure rolls the merge
 * back): enrolments move to the person kept, and every certificate with them. Where the kept person is already
 * on the same course, theirs stands; the duplicate's stays on the merged record (a person is on a course once)
 * and, unless it already ended so, is marked 中途退出 as of the merge, so that one person is not counted twice —
 * never deleted, and the audit entry says why.
 */
@Component
class MergedCourseRecords {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    MergedCourseRecords(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @EventListener
    void on(PersonsMerged merge) {
        long kept = merge.keptId();
        long merged = merge.mergedId();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("courseEnrolmentsWithdrawn", jdbc.sql("""
                        UPDATE course_enrolment e SET result = 'WITHDRAWN', result_on = ?, updated_at = now(), updated_by = ?,
                            version = version + 1
                        WHERE e.person_id = ? AND e.result IS DISTINCT FROM 'WITHDRAWN'
                          AND EXISTS (SELECT 1 FROM course_enrolment k WHERE k.person_id = ? AND k.course_id = e.course_id)""")
                .params(LocalDate.now(), AuditTrail.currentActor(), merged, kept).update());
        counts.put("courseEnrolments", jdbc.sql("""
                        UPDATE course_enrolment e SET person_id = ?, updated_at = now(), updated_by = ?, version = version + 1
                        WHERE e.person_id = ?
                          AND NOT EXISTS (SELECT 1 FROM course_enrolment k WHERE k.person_id = ? AND k.course_id = e.course_id)""")
                .params(kept, AuditTrail.currentActor(), merged, kept).update());
        counts.put("trainingCertificates", jdbc.sql("UPDATE training_certificate SET person_id = ? WHERE person_id = ?")
                .params(kept, merged).update());
        jdbc.sql("UPDATE course_sign_attempt SET person_id = ? WHERE person_id = ?").params(kept, merged).update();
        if (counts.values().stream().anyMatch(n -> n > 0)) {
            AuditEntry entry = AuditEntry.of(AuditAction.TRAINING_MERGED, "person", String.valueOf(kept), merge.regionCode())
                    .withChange(Map.of("mergedFrom", merged), counts);
            audit.record(counts.get("courseEnrolmentsWithdrawn") > 0
                    ? entry.withDetail("重复人员与保留人员报名了同一培训班的，保留人员的报名有效，重复人员的报名记为中途退出")
                    : entry);
        }
    }

    /** The words of the entry on the person kept. */
    @Component
    static class Vocabulary extends FieldVocabulary {
        Vocabulary() {
            super("person", null, Map.of(
                    "courseEnrolments", "转移的培训报名（条）",
                    "courseEnrolmentsWithdrawn", "因重复记为中途退出的培训报名（条）",
                    "trainingCertificates", "转移的培训证书（本）"));
        }
    }
}
