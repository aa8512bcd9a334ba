package org.zhuye.training.course;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.zhuye.training.EnrolmentResult;

/**
 * A person on a course's roster with their result and attendance: {@code attendedHours} of the
 * {@code sessionHours} held so far. The person's name and place are for readers who may see them.
 */
public record Enrolment(long id, long courseId, long personId, String personName, String personRegionCode,
                        LocalDate enrolledOn, EnrolmentResult result, LocalDate resultOn, BigDecimal score,
                        int version, BigDecimal attendedHours, BigDecimal sessionHours) {

    /** Attended hours / session hours so far, 0..1; null while no session has been held. */
    public Double attendanceRate() {
        return sessionHours.signum() == 0 ? null : attendedHours.doubleValue() / sessionHours.doubleValue();
    }

    /** "85%", or "—" before any session. */
    public String attendanceLabel() {
        Double rate = attendanceRate();
        return rate == null ? "—" : Math.round(rate * 100) + "%";
    }
}
