package org.zhuye.employer.levy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.zhuye.region.RegionCode;
import org.zhuye.employer.EmployerType;

/** Parameters and declarations as rules.md §1.4 states them: r = 1.5%, S = 85,000 (cap 170,000), IM double count. */
final class LevyFixtures {

    static final int YEAR = 2024;
    static final RegionCode INNER_MONGOLIA = RegionCode.of("15");

    private LevyFixtures() {
    }

    static Map<LevyParameter, String> rulesMdValues() {
        Map<LevyParameter, String> values = new EnumMap<>(LevyParameter.class);
        values.put(LevyParameter.QUOTA_RATIO, "0.015");
        values.put(LevyParameter.SOCIAL_AVERAGE_WAGE, "85000");
        values.put(LevyParameter.WAGE_CAP_MULTIPLE, "2");
        values.put(LevyParameter.ENTERPRISE_EXEMPTION_MAX_STAFF, "30");
        values.put(LevyParameter.TIER_RATIO, "0.01");
        values.put(LevyParameter.TIER_FACTOR_AT_OR_ABOVE, "0.5");
        values.put(LevyParameter.TIER_FACTOR_BELOW, "0.9");
        values.put(LevyParameter.HEADCOUNT_ROUNDING, "HALF_UP");
        values.put(LevyParameter.DOUBLE_COUNT_MAX_GRADE, "2");
        values.put(LevyParameter.DOUBLE_COUNT_CATEGORIES, "5,6");
        values.put(LevyParameter.PART_YEAR_COUNTING, "BY_MONTH");
        return values;
    }

    static LevyParameters parameters() {
        return parameters(rulesMdValues());
    }

    /** rules.md's parameters with some replaced, e.g. {@code with(DOUBLE_COUNT_CATEGORIES, "")} for the national rule. */
    static LevyParameters with(LevyParameter name, String value) {
        Map<LevyParameter, String> values = rulesMdValues();
        values.put(name, value);
        return parameters(values);
    }

    static LevyParameters parameters(Map<LevyParameter, String> values) {
        Map<LevyParameter, LevyParameterRow> rows = new EnumMap<>(LevyParameter.class);
        values.forEach((name, value) -> rows.put(name, row("15", name, YEAR, YEAR, value)));
        return LevyParameters.of(YEAR, INNER_MONGOLIA.value(), rows);
    }

    static LevyParameterRow row(String prefix, LevyParameter name, int fromYear, Integer toYear, String value) {
        return new LevyParameterRow(prefix, name, LocalDate.of(fromYear, 1, 1),
                toYear == null ? null : LocalDate.of(toYear, 12, 31), value, "I", "rules.md §1.4 示例参数");
    }

    static List<LevyParameterRow> rows(String prefix, int fromYear, Integer toYear) {
        List<LevyParameterRow> rows = new ArrayList<>();
        rulesMdValues().forEach((name, value) -> rows.add(row(prefix, name, fromYear, toYear, value)));
        return rows;
    }

    static LevyDeclaration declaration(EmployerType type, int staff, long wageTotal, DisabledEmployee... employees) {
        return new LevyDeclaration(YEAR, INNER_MONGOLIA, type, Headcount.of(staff), BigDecimal.valueOf(wageTotal), null,
                List.of(employees));
    }

    static DisabledEmployee employee(int category, int grade, int months) {
        return new DisabledEmployee(category, grade, months);
    }
}
