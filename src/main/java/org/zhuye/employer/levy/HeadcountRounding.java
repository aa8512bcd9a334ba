package org.zhuye.employer.levy;

import java.math.RoundingMode;

/**
 * How the annual average of the 12 monthly headcounts becomes 在职职工人数. Inner Mongolia's rule is
 * unconfirmed (rules.md §1.1, §8), and it decides the ≤30 exemption at values such as 30.58.
 */
public enum HeadcountRounding {
    HALF_UP("四舍五入取整"),
    DOWN("去尾取整"),
    NONE("保留小数");

    private final String label;

    HeadcountRounding(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The headcount in twelfths of a person-year: {@code monthSum} itself when decimals are kept,
     * else the whole annual average times 12.
     */
    long twelfths(long monthSum) {
        if (this == NONE) {
            return monthSum;
        }
        long whole = java.math.BigDecimal.valueOf(monthSum)
                .divide(java.math.BigDecimal.valueOf(12), 0, this == HALF_UP ? RoundingMode.HALF_UP : RoundingMode.DOWN)
                .longValueExact();
        return whole * 12;
    }
}
