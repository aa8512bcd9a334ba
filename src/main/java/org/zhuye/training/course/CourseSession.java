package org.zhuye.training.course;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A teaching session (课次), with its sign-in code while one is open. */
public record CourseSession(long id, long courseId, LocalDate heldOn, BigDecimal hours, String topic, String signCode,
                            Instant signCodeUntil) {

    public boolean signOpenAt(Instant now) {
        return signCode != null && signCodeUntil != null && signCodeUntil.isAfter(now);
    }
}
