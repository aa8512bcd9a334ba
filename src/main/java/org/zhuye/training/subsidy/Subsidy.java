package org.zhuye.training.subsidy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.zhuye.parameter.Evidence;
import org.zhuye.training.CourseKind;

/**
 * A trainee's subsidy and the basis it was computed from, as stored.
 *
 * @param regionCode   the course's region (the area that pays and confirms)
 * @param personRegion the trainee's registry region (whether the viewer may see who it is)
 */
public record Subsidy(long id, long enrolmentId, long courseId, String courseTitle, CourseKind courseKind, String providerName,
                      long personId, String personName, String personRegion, String regionCode, Status status,
                      SubsidyLevel level, int percent, BigDecimal amount, BigDecimal standard, LocalDate completedOn,
                      BigDecimal scheduledHours, BigDecimal attendedHours, BigDecimal attendancePercent,
                      String certificateText, LocalDate employedOn, String employmentSource, String ruleRegionPrefix,
                      LocalDate ruleValidFrom, Evidence ruleEvidence, List<String> reasons, Instant computedAt,
                      String computedBy, Instant confirmedAt, String confirmedBy, int version) {

    public enum Status {
        CALCULATED("已核算"),
        CONFIRMED("已确认");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean confirmed() {
        return status == Status.CONFIRMED;
    }

    public String employmentText() {
        if (employedOn == null) {
            return "未见就业";
        }
        return employedOn + " 起就业（" + ("FOLLOWUP".equals(employmentSource) ? "培训后跟踪" : "残疾人登记就业状况") + "）";
    }
}
