package org.zhuye.training.person;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.JurisdictionScoped;
import org.zhuye.training.CertificateKind;
import org.zhuye.training.CourseKind;
import org.zhuye.training.EnrolmentResult;
import org.zhuye.training.PersonTrainingSection;

/**
 * The person's courses (kind, provider, dates, attendance, result) and certificates, read with this part's
 * own SQL over the course tables: attendance is the attended share of the course's recorded session hours.
 */
@Component
@JurisdictionScoped
class PersonCoursesSection implements PersonTrainingSection {

    private final JdbcClient jdbc;

    PersonCoursesSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param attendancePercent null while no session is recorded */
    record CourseLine(long enrolmentId, long courseId, String title, CourseKind kind, String provider, LocalDate startsOn,
                      LocalDate endsOn, BigDecimal attendancePercent, EnrolmentResult result, LocalDate resultOn) {
    }

    record CertificateLine(CertificateKind kind, Integer level, String number, String issuer, LocalDate issuedOn,
                           String course) {
        public String label() {
            return kind.labelWith(level);
        }
    }

    @Override
    public void addTo(long personId, Jurisdiction jurisdiction, Model model) {
        List<CourseLine> courses = jdbc.sql("""
                        SELECT e.id, c.id, c.title, c.kind, pr.name, c.starts_on, c.ends_on,
                               (SELECT sum(hours) FROM course_session s WHERE s.course_id = c.id),
                               (SELECT sum(s.hours) FROM course_attendance a JOIN course_session s ON s.id = a.session_id
                                WHERE a.enrolment_id = e.id),
                               e.result, e.result_on
                        FROM course_enrolment e JOIN course c ON c.id = e.course_id
                          JOIN training_provider pr ON pr.id = c.provider_id JOIN person p ON p.id = e.person_id
                        WHERE e.person_id = ? AND p.region_code LIKE ?
                        ORDER BY c.starts_on DESC, e.id DESC""")
                .params(personId, jurisdiction.likePattern())
                .query((rs, i) -> {
                    BigDecimal scheduled = rs.getBigDecimal(8);
                    BigDecimal attended = rs.getBigDecimal(9);
                    BigDecimal rate = scheduled == null || scheduled.signum() == 0 ? null
                            : (attended == null ? BigDecimal.ZERO : attended).multiply(BigDecimal.valueOf(100))
                                    .divide(scheduled, 1, RoundingMode.DOWN);
                    String result = rs.getString(10);
                    return new CourseLine(rs.getLong(1), rs.getLong(2), rs.getString(3), CourseKind.valueOf(rs.getString(4)),
                            rs.getString(5), rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate(), rate,
                            result == null ? null : EnrolmentResult.valueOf(result),
                            rs.getDate(11) == null ? null : rs.getDate(11).toLocalDate());
                })
                .list();
        List<CertificateLine> certificates = jdbc.sql("""
                        SELECT t.kind, t.level, t.number, t.issuer, t.issued_on, c.title
                        FROM training_certificate t JOIN course_enrolment e ON e.id = t.enrolment_id
                          JOIN course c ON c.id = e.course_id JOIN person p ON p.id = t.person_id
                        WHERE t.person_id = ? AND p.region_code LIKE ? ORDER BY t.issued_on DESC, t.id DESC""")
                .params(personId, jurisdiction.likePattern())
                .query((rs, i) -> new CertificateLine(CertificateKind.valueOf(rs.getString(1)), rs.getObject(2, Integer.class),
                        rs.getString(3), rs.getString(4), rs.getDate(5).toLocalDate(), rs.getString(6)))
                .list();
        model.addAttribute("trainingCourses", courses);
        model.addAttribute("trainingCertificates", certificates);
    }
}
