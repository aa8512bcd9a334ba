package org.zhuye.institution.rating;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** A stored rating of one institution and year; the computed fields and snapshot are null until computed. */
public record Rating(long id, long institutionId, int year, String regionCode, RatingStatus status,
                     Map<String, Integer> inspection, LocalDate inspectedOn, String inspectedBy,
                     BigDecimal inspectionPoints, BigDecimal outcomePoints, BigDecimal score, String grade,
                     BigDecimal subsidy, RatingSnapshot snapshot, Instant computedAt, Instant confirmedAt,
                     String confirmedBy, int version) {

    public boolean frozen() {
        return status == RatingStatus.CONFIRMED;
    }

    public boolean computed() {
        return snapshot != null;
    }

    /** 未定级 when computed below every band. */
    public String gradeLabel() {
        return !computed() ? "—" : grade == null ? "未定级" : grade;
    }
}
