package org.zhuye.employer.levy;

/**
 * How a disabled employee who worked part of the year counts. By month (months ÷ 12) is what one
 * provincial text says; Inner Mongolia's rule is unconfirmed (rules.md §1.4 vector I, §8).
 */
public enum PartYearCounting {
    BY_MONTH("按月折算（月数÷12）"),
    WHOLE_PERSON("不折算（按整人计算）");

    private final String label;

    PartYearCounting(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
