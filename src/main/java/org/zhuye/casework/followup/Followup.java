package org.zhuye.casework.followup;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One follow-up at a mark (1, 3, 6 or 12 months) after a move into work. */
public record Followup(long id, long serviceId, int month, LocalDate followedOn, String followedBy, boolean stillEmployed,
                       Integer weeklyHours, BigDecimal monthlyIncome, String problems) {
}
