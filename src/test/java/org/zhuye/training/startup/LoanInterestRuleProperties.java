package org.zhuye.training.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.zhuye.parameter.Evidence;
import org.zhuye.testing.Inputs;
import org.zhuye.testing.Tries;

/** 贷款贴息 over random loans and rules, without Spring. */
class LoanInterestRuleProperties {

    static LoanInterestRule rule(Inputs in) {
        return new LoanInterestRule(in.decimal(BigDecimal.ZERO, new BigDecimal("100"), 2),
                in.decimal(BigDecimal.ZERO, new BigDecimal("8"), 4), in.decimal(new BigDecimal("1000"), new BigDecimal("500000"), 2),
                in.between(1, 120), Evidence.U, "测试");
    }

    static BigDecimal amount(Inputs in) {
        return in.decimal(new BigDecimal("0.01"), new BigDecimal("1000000"), 2);
    }

    static BigDecimal rate(Inputs in) {
        return in.decimal(BigDecimal.ZERO, new BigDecimal("12"), 4);
    }

    @Test
    void theSubsidyIsNeverNegativeNorMoreThanTheInterestInAnyYearAndAddsUpByYear() {
        Tries.check(in -> {
            LoanInterestRule rule = rule(in);
            int term = in.between(1, 120);
            LoanInterestRule.Subsidy s = rule.compute(amount(in), rate(in), term);
            assertThat(s.subsidyByYear()).hasSize((term + 11) / 12).hasSameSizeAs(s.interestByYear());
            for (int y = 0; y < s.subsidyByYear().size(); y++) {
                assertThat(s.subsidyByYear().get(y)).isGreaterThanOrEqualTo(BigDecimal.ZERO)
                        .isLessThanOrEqualTo(s.interestByYear().get(y));
                assertThat(s.subsidyByYear().get(y).scale()).as("rounded to the fen").isEqualTo(2);
            }
            assertThat(s.subsidyTotal()).isEqualByComparingTo(s.subsidyByYear().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
            assertThat(s.subsidyTotal()).isLessThanOrEqualTo(s.interestTotal());
        });
    }

    @Test
    void moreMoneyOrAHigherRateNeverEarnsLessSubsidy() {
        Tries.check(in -> {
            LoanInterestRule rule = rule(in);
            int term = in.between(1, 120);
            BigDecimal amount = amount(in);
            BigDecimal rate = rate(in);
            BigDecimal base = rule.compute(amount, rate, term).subsidyTotal();
            BigDecimal more = amount.add(in.decimal(BigDecimal.ZERO, new BigDecimal("100000"), 2));
            BigDecimal higher = rate.add(in.decimal(BigDecimal.ZERO, new BigDecimal("3"), 4));
            assertThat(rule.compute(more, rate, term).subsidyTotal()).isGreaterThanOrEqualTo(base);
            assertThat(rule.compute(amount, higher, term).subsidyTotal()).isGreaterThanOrEqualTo(base);
        });
    }

    @Test
    void beyondTheCapsNothingMoreIsPaid() {
        Tries.check(in -> {
            LoanInterestRule rule = rule(in);
            int term = in.between(1, 120);
            BigDecimal rate = rate(in);
            BigDecimal atCap = rule.compute(rule.maxAmount(), rate, term).subsidyTotal();
            BigDecimal overCap = rule.compute(rule.maxAmount().multiply(BigDecimal.valueOf(in.between(1, 5))), rate, term)
                    .subsidyTotal();
            // Above the maximum, the outstanding principal still counts up to the maximum each month, so the
            // subsidy may rise (a bigger loan stays above the maximum for longer) but never beyond the maximum
            // amount's full term at the capped rate.
            BigDecimal ceiling = rule.maxAmount().multiply(rule.rateCapPercent().min(rate)).multiply(rule.subsidyPercent())
                    .divide(new BigDecimal("120000"), 10, java.math.RoundingMode.HALF_UP)
                    .multiply(BigDecimal.valueOf(Math.min(term, rule.maxTermMonths()))).add(new BigDecimal("0.01").multiply(BigDecimal.valueOf(11)));
            assertThat(overCap).isGreaterThanOrEqualTo(atCap).isLessThanOrEqualTo(ceiling);
            BigDecimal capRate = rule.compute(rule.maxAmount(), rule.rateCapPercent(), term).subsidyTotal();
            assertThat(rule.compute(rule.maxAmount(), rule.rateCapPercent().add(BigDecimal.ONE), term).subsidyTotal())
                    .as("a rate above the cap is subsidised as the cap").isEqualByComparingTo(capRate);
        });
    }

    @Test
    void aYearOnTermLoanAtTheCapIsSubsidisedInFull() {
        LoanInterestRule all = new LoanInterestRule(new BigDecimal("100"), new BigDecimal("4.95"), new BigDecimal("200000"),
                36, Evidence.U, "测试");
        // 等额本金 over 12 months: interest = P × r/12 × (12+11+…+1)/12 = 120000 × 0.0435/12 × 6.5 = 2827.50
        LoanInterestRule.Subsidy s = all.compute(new BigDecimal("120000"), new BigDecimal("4.35"), 12);
        assertThat(s.interestTotal()).isEqualByComparingTo("2827.50");
        assertThat(s.subsidyTotal()).isEqualByComparingTo("2827.50");
        LoanInterestRule.Subsidy half = new LoanInterestRule(new BigDecimal("50"), new BigDecimal("4.95"),
                new BigDecimal("200000"), 36, Evidence.U, "测试").compute(new BigDecimal("120000"), new BigDecimal("4.35"), 12);
        assertThat(half.subsidyTotal()).isEqualByComparingTo("1413.75");
    }

    @Test
    void monthsPastTheMaximumTermAreNotSubsidised() {
        LoanInterestRule rule = new LoanInterestRule(new BigDecimal("100"), new BigDecimal("10"), new BigDecimal("1000000"),
                12, Evidence.U, "测试");
        LoanInterestRule.Subsidy s = rule.compute(new BigDecimal("240000"), new BigDecimal("6"), 24);
        assertThat(s.subsidyByYear().get(1)).isEqualByComparingTo("0.00");
        assertThat(s.subsidyByYear().get(0)).isEqualByComparingTo(s.interestByYear().get(0));
    }
}
