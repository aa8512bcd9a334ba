package org.zhuye.training.course;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.zhuye.training.CourseKind;
import org.zhuye.training.CourseStatus;

/**
 * A stored course with its provider's name and its roster counts: {@code enrolled} every enrolment not
 * withdrawn, {@code completed} those with a result of 合格 or 不合格 (one 人次 each).
 */
public record Course(long id, long providerId, String providerName, Long providerInstitutionId, CourseKind kind,
                     String title, String occupationCode, String occupationLabel, Delivery delivery, String regionCode,
                     String address, LocalDate startsOn, LocalDate endsOn, int hours, int capacity,
                     BigDecimal subsidyStandard, String teachingPlan, List<Teacher> teachers, String assessmentMethod,
                     CourseStatus status, LocalDate submittedOn, String submittedBy, String returnReason,
                     String approvedBy, LocalDate approvedOn, String approvalNote, LocalDate finishedOn,
                     String cancelReason, String createdBy, int version, int enrolled, int completed) {

    public Course {
        teachers = List.copyOf(teachers);
    }

    /** Approved and begun, not yet finished: sessions, attendance and results are recorded now. */
    public boolean runningOn(LocalDate day) {
        return status == CourseStatus.APPROVED && !startsOn.isAfter(day);
    }

    /** The roster may still change: not finished or cancelled, and the course not yet over. */
    public boolean rosterOpenOn(LocalDate day) {
        return status != CourseStatus.FINISHED && status != CourseStatus.CANCELLED && !endsOn.isBefore(day);
    }

    /** The application's fields may still change. */
    public boolean editable() {
        return status == CourseStatus.DRAFT || status == CourseStatus.RETURNED;
    }
}
