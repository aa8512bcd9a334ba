package org.zhuye.institution.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 奖补标准: per grade a fixed amount plus an amount per person served in the year, bounded by a cap per
 * institution. A grade the rule does not list (and 未定级) earns nothing. Amounts in whole yuan.
 */
public record SubsidyRule(Map<String, Amount> grades, int cap) {

    public record Amount(int base, int perPerson) {
    }

    public SubsidyRule {
        grades = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(grades));
    }

    /** The subsidy of a grade (null: 未定级) for {@code served} persons, never above the cap. */
    public BigDecimal subsidy(String grade, int served) {
        Amount amount = grade == null ? null : grades.get(grade);
        if (amount == null) {
            return BigDecimal.ZERO;
        }
        long sum = amount.base() + (long) amount.perPerson() * Math.max(0, served);
        return BigDecimal.valueOf(Math.min(sum, cap));
    }

    /** The rule of the stored text ({@code 五级:50000+300;…}); {@link #problems} has said it is valid. */
    public static SubsidyRule parse(String text, int cap) {
        List<String> problems = new ArrayList<>();
        SubsidyRule rule = read(text, cap, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("；", problems));
        }
        return rule;
    }

    /** Every problem of the grades text, in Chinese; empty when valid. */
    public static List<String> problems(String text) {
        List<String> problems = new ArrayList<>();
        read(text, 0, problems);
        return problems;
    }

    private static SubsidyRule read(String text, int cap, List<String> problems) {
        Map<String, Amount> grades = new LinkedHashMap<>();
        for (NamedNumbers.Item item : NamedNumbers.parse(text, "各等级奖补", problems).items()) {
            String[] parts = item.value().split("\\+", -1);
            if (parts.length != 2 || !parts[0].strip().matches("\\d{1,7}") || !parts[1].strip().matches("\\d{1,6}")) {
                problems.add("各等级奖补中“" + item.name() + "”应写成 定额+每人金额，如 50000+300");
                continue;
            }
            grades.put(item.name(), new Amount(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())));
        }
        return new SubsidyRule(grades, cap);
    }
}
