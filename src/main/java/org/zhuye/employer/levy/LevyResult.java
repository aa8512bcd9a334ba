package org.zhuye.employer.levy;

import java.math.BigDecimal;
import java.util.List;

/**
 * A computed levy. Figures other than {@code due} are for reading (rounded to at most 4 decimals,
 * the ratio truncated to 6 so it never shows a boundary it has not reached); the decisions were
 * taken on exact values. When {@code exempt}, {@code base}, {@code required}, {@code shortfall},
 * {@code ratio} and {@code factor} are null: they were never needed.
 *
 * @param due     the amount to pay, in yuan, rounded half up to 0.01
 * @param staff   在职职工人数 after the region's rounding
 * @param counted disabled employees counted, after double counting and month proration
 * @param factor  the share of the full levy collected (0 when the quota is met)
 * @param base    the annual average wage used, after the cap
 */
public record LevyResult(BigDecimal due, boolean exempt, BigDecimal staff, BigDecimal counted, BigDecimal required,
                         BigDecimal shortfall, BigDecimal ratio, BigDecimal factor, BigDecimal base,
                         List<LevyStep> steps) {
}
