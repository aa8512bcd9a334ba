package org.zhuye.training.course;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The API's shapes of courses, enrolments, sessions and certificates. */
final class CourseJson {

    private CourseJson() {
    }

    record One(long id, long providerId, String providerName, String kind, String kindLabel, String title,
               String occupationCode, String occupationLabel, String delivery, String regionCode, String address,
               LocalDate startsOn, LocalDate endsOn, int hours, int capacity, BigDecimal subsidyStandard,
               String teachingPlan, List<Teacher> teachers, String assessmentMethod, String status, String statusLabel,
               String returnReason, LocalDate approvedOn, String approvalNote, LocalDate finishedOn, String cancelReason,
               int enrolled, int completed, int version) {

        static One of(Course c) {
            return new One(c.id(), c.providerId(), c.providerName(), c.kind().name(), c.kind().label(), c.title(),
                    c.occupationCode(), c.occupationLabel(), c.delivery().name(), c.regionCode(), c.address(), c.startsOn(),
                    c.endsOn(), c.hours(), c.capacity(), c.subsidyStandard(), c.teachingPlan(), c.teachers(),
                    c.assessmentMethod(), c.status().name(), c.status().label(), c.returnReason(), c.approvedOn(),
                    c.approvalNote(), c.finishedOn(), c.cancelReason(), c.enrolled(), c.completed(), c.version());
        }
    }

    record Page(List<One> courses, int page, long pages, long total) {
    }

    record EnrolmentOne(long id, long personId, String personName, LocalDate enrolledOn, String result, String resultLabel,
                        LocalDate resultOn, BigDecimal score, BigDecimal attendedHours, BigDecimal sessionHours,
                        Double attendanceRate, int version) {

        static EnrolmentOne of(Enrolment e) {
            return new EnrolmentOne(e.id(), e.personId(), e.personName(), e.enrolledOn(),
                    e.result() == null ? null : e.result().name(), e.result() == null ? null : e.result().label(), e.resultOn(),
                    e.score(), e.attendedHours(), e.sessionHours(), e.attendanceRate(), e.version());
        }
    }

    record SessionOne(long id, LocalDate heldOn, BigDecimal hours, String topic, boolean signOpen, List<Long> present) {
    }

    record CertificateOne(long id, long enrolmentId, long personId, String kind, String kindLabel, Integer level,
                          String number, String issuer, LocalDate issuedOn) {

        static CertificateOne of(Certificate c) {
            return new CertificateOne(c.id(), c.enrolmentId(), c.personId(), c.kind().name(), c.kindLabel(), c.level(),
                    c.number(), c.issuer(), c.issuedOn());
        }
    }

    record Enrol(String personId) {
    }

    record Result(String result, String score) {
    }

    record Note(String note) {
    }

    record Reason(String reason) {
    }

    record NewSession(String heldOn, String hours, String topic) {
    }

    record Present(List<Long> present) {
    }

    record Code(long sessionId, String code, Instant until) {
    }

    record SignIn(String code) {
    }

    record SignedIn(long courseId, long sessionId, LocalDate heldOn) {
    }
}
