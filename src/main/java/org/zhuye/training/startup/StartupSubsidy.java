package org.zhuye.training.startup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A granted 创业补贴 with the conditions it was granted on, as they were judged that day. */
public record StartupSubsidy(long businessId, long personId, BigDecimal amount, LocalDate grantedOn,
                             List<StartupSubsidyRule.Condition> conditions, String source, String grantedBy) {
}
