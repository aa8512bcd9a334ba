package org.zhuye.training.startup;

import java.math.BigDecimal;

/** The figures above the list and of {@code /api/v1/businesses/totals}. */
public record BusinessTotals(long businesses, long operating, long jobsCreated, long jobsForDisabled,
                             long subsidiesGranted, BigDecimal subsidySum, long loans, BigDecimal loanSum,
                             BigDecimal interestSubsidySum) {
}
