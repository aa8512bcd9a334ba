package org.zhuye.training.subsidy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.zhuye.training.CertificateKind;
import org.zhuye.training.CourseKind;

/**
 * What a trainee's subsidy rests on, as stored with it so a confirmed subsidy never changes.
 *
 * @param scheduledHours the hours of the course's recorded sessions (0 when none were recorded)
 * @param attendedHours  the hours of the sessions the trainee attended
 * @param employedOn     the day the job found began, null when none was found
 * @param employmentSource REGISTRY (the registry's dated status) or FOLLOWUP (the six-month visit), null without a job
 */
public record SubsidyBasis(CourseKind courseKind, BigDecimal standard, BigDecimal scheduledHours, BigDecimal attendedHours,
                           Set<CertificateKind> certificates, LocalDate completedOn, LocalDate employedOn,
                           String employmentSource) {

    /** Attendance in percent, one decimal; 0 when no session was recorded. */
    public BigDecimal attendancePercent() {
        if (scheduledHours.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return attendedHours.multiply(BigDecimal.valueOf(100)).divide(scheduledHours, 1, java.math.RoundingMode.DOWN);
    }
}
