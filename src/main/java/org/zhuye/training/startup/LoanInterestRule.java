package org.zhuye.training.startup;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.zhuye.parameter.Evidence;

/**
 * The 贷款贴息 rule in force on a loan's start (table {@code loan_interest_rule}) and its computation.
 *
 * <p>The loan is taken as repaid in equal monthly principal instalments (等额本金) over its term, interest
 * being charged monthly on the principal outstanding before each instalment at the annual rate / 12. The
 * subsidy of month m is {@code min(outstanding_m, maxAmount) × min(rate, rateCap) / 12 × subsidyPercent / 100}
 * for m ≤ {@code maxTermMonths}, and zero after: only the qualifying part of the principal (up to the
 * maximum amount), at no more than the capped rate, for no longer than the maximum term is subsidised; the
 * excess is the borrower's. Months are summed per loan year (months 1–12 are year 1, from the loan's start)
 * exactly and each year rounded half-up to the fen; the total is the sum of the rounded years. Since each
 * month's subsidy is at most its interest and rounding is monotone, no year's subsidy exceeds its interest.
 */
record LoanInterestRule(BigDecimal subsidyPercent, BigDecimal rateCapPercent, BigDecimal maxAmount, int maxTermMonths,
                        Evidence evidence, String source) {

    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    /** A loan's interest and subsidy by loan year (index 0 is year 1), each rounded to the fen, and the totals. */
    record Subsidy(List<BigDecimal> interestByYear, List<BigDecimal> subsidyByYear, BigDecimal interestTotal,
                   BigDecimal subsidyTotal) {
    }

    /**
     * @param amount     the principal in yuan, positive
     * @param ratePercent the annual rate in percent, e.g. 4.35
     * @param termMonths  the term, at least one month
     */
    Subsidy compute(BigDecimal amount, BigDecimal ratePercent, int termMonths) {
        BigDecimal monthlyRate = ratePercent.divide(HUNDRED, EXACT).divide(TWELVE, EXACT);
        BigDecimal subsidisedMonthlyRate = ratePercent.min(rateCapPercent).divide(HUNDRED, EXACT).divide(TWELVE, EXACT)
                .multiply(subsidyPercent.divide(HUNDRED, EXACT), EXACT);
        List<BigDecimal> interestYears = new ArrayList<>();
        List<BigDecimal> subsidyYears = new ArrayList<>();
        BigDecimal interestYear = BigDecimal.ZERO;
        BigDecimal subsidyYear = BigDecimal.ZERO;
        BigDecimal term = BigDecimal.valueOf(termMonths);
        for (int m = 1; m <= termMonths; m++) {
            BigDecimal outstanding = amount.multiply(BigDecimal.valueOf(termMonths - m + 1L), EXACT).divide(term, EXACT);
            interestYear = interestYear.add(outstanding.multiply(monthlyRate, EXACT), EXACT);
            if (m <= maxTermMonths) {
                subsidyYear = subsidyYear.add(outstanding.min(maxAmount).multiply(subsidisedMonthlyRate, EXACT), EXACT);
            }
            if (m % 12 == 0 || m == termMonths) {
                interestYears.add(fen(interestYear));
                subsidyYears.add(fen(subsidyYear));
                interestYear = BigDecimal.ZERO;
                subsidyYear = BigDecimal.ZERO;
            }
        }
        return new Subsidy(List.copyOf(interestYears), List.copyOf(subsidyYears), sum(interestYears), sum(subsidyYears));
    }

    private static BigDecimal fen(BigDecimal yuan) {
        return yuan.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
