package org.zhuye.employer.levy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The parameters in force for one region and collection year, typed, each with the row it came
 * from so an explanation can cite it. Built by {@link LevyParameterTable#resolve}; tests may build
 * one from rows with {@link #of}.
 *
 * @param socialAverageWage null when the table has none for the year (a declaration may bring one)
 */
public record LevyParameters(int year, String regionCode, BigDecimal quotaRatio, BigDecimal socialAverageWage,
                             BigDecimal wageCapMultiple, int enterpriseExemptionMaxStaff, BigDecimal tierRatio,
                             BigDecimal factorAtOrAboveTier, BigDecimal factorBelowTier,
                             HeadcountRounding headcountRounding, int doubleCountMaxGrade,
                             Set<Integer> doubleCountCategories, PartYearCounting partYearCounting,
                             Map<LevyParameter, LevyParameterRow> rows) {

    /**
     * Reads the values of {@code rows}; every required parameter must be present, and a value
     * that cannot be read is an error naming the row.
     */
    public static LevyParameters of(int year, String regionCode, Map<LevyParameter, LevyParameterRow> rows) {
        Map<LevyParameter, LevyParameterRow> copy = new EnumMap<>(LevyParameter.class);
        copy.putAll(rows);
        Reader read = new Reader(copy);
        return new LevyParameters(year, regionCode,
                read.fraction(LevyParameter.QUOTA_RATIO),
                copy.containsKey(LevyParameter.SOCIAL_AVERAGE_WAGE) ? read.positive(LevyParameter.SOCIAL_AVERAGE_WAGE) : null,
                read.positive(LevyParameter.WAGE_CAP_MULTIPLE),
                read.wholeNumber(LevyParameter.ENTERPRISE_EXEMPTION_MAX_STAFF, 0, 100_000),
                read.fraction(LevyParameter.TIER_RATIO),
                read.factor(LevyParameter.TIER_FACTOR_AT_OR_ABOVE),
                read.factor(LevyParameter.TIER_FACTOR_BELOW),
                read.choice(LevyParameter.HEADCOUNT_ROUNDING, HeadcountRounding.class),
                read.wholeNumber(LevyParameter.DOUBLE_COUNT_MAX_GRADE, 0, 4),
                read.categories(LevyParameter.DOUBLE_COUNT_CATEGORIES),
                read.choice(LevyParameter.PART_YEAR_COUNTING, PartYearCounting.class),
                Collections.unmodifiableMap(copy));
    }

    /**
     * Why {@code value} cannot be a value of {@code name} (the rule, in Chinese), or null when it can: the
     * same reading the engine applies, so the 参数管理 page refuses what the engine would.
     */
    public static String problem(LevyParameter name, String value) {
        LevyParameterRow row = new LevyParameterRow("15", name, java.time.LocalDate.MIN, null, value, "U", "-");
        try {
            new Reader(Map.of(name, row)).read(name);
            return null;
        } catch (InvalidValue e) {
            return e.rule;
        }
    }

    /** The row a value came from; every required parameter has one. */
    public LevyParameterRow row(LevyParameter name) {
        return rows.get(name);
    }

    /** Whether any parameter used is still tagged unconfirmed. */
    public boolean anyUnconfirmed() {
        return rows.values().stream().anyMatch(LevyParameterRow::unconfirmed);
    }

    private record Reader(Map<LevyParameter, LevyParameterRow> rows) {

        private String text(LevyParameter name) {
            LevyParameterRow row = rows.get(name);
            if (row == null) {
                throw new NoLevyParameters("缺少残保金参数“" + name.label() + "”", List.of(name));
            }
            return row.value().strip();
        }

        /** Reads a value as the engine would, whichever parameter it is. */
        Object read(LevyParameter name) {
            return switch (name) {
                case QUOTA_RATIO, TIER_RATIO -> fraction(name);
                case SOCIAL_AVERAGE_WAGE, WAGE_CAP_MULTIPLE -> positive(name);
                case ENTERPRISE_EXEMPTION_MAX_STAFF -> wholeNumber(name, 0, 100_000);
                case TIER_FACTOR_AT_OR_ABOVE, TIER_FACTOR_BELOW -> factor(name);
                case HEADCOUNT_ROUNDING -> choice(name, HeadcountRounding.class);
                case DOUBLE_COUNT_MAX_GRADE -> wholeNumber(name, 0, 4);
                case DOUBLE_COUNT_CATEGORIES -> categories(name);
                case PART_YEAR_COUNTING -> choice(name, PartYearCounting.class);
            };
        }

        private NoLevyParameters bad(LevyParameter name, String rule) {
            LevyParameterRow row = rows.get(name);
            return new InvalidValue(rule, "残保金参数表中区划前缀 " + row.regionPrefix() + " 自 " + row.validFrom() + " 起的“"
                    + name.label() + "”值“" + row.value() + "”无效：" + rule);
        }

        private BigDecimal decimal(LevyParameter name) {
            try {
                return new BigDecimal(text(name));
            } catch (NumberFormatException e) {
                throw bad(name, "应为数字");
            }
        }

        BigDecimal fraction(LevyParameter name) {
            BigDecimal value = decimal(name);
            if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) >= 0) {
                throw bad(name, "应大于0且小于1");
            }
            return value;
        }

        BigDecimal factor(LevyParameter name) {
            BigDecimal value = decimal(name);
            if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                throw bad(name, "应在0到1之间");
            }
            return value;
        }

        BigDecimal positive(LevyParameter name) {
            BigDecimal value = decimal(name);
            if (value.signum() <= 0) {
                throw bad(name, "应大于0");
            }
            return value;
        }

        int wholeNumber(LevyParameter name, int min, int max) {
            BigDecimal value = decimal(name);
            if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(min)) < 0
                    || value.compareTo(BigDecimal.valueOf(max)) > 0) {
                throw bad(name, "应为 " + min + " 到 " + max + " 的整数");
            }
            return value.intValueExact();
        }

        <E extends Enum<E>> E choice(LevyParameter name, Class<E> type) {
            String value = text(name);
            return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst()
                    .orElseThrow(() -> bad(name, "应为 " + Arrays.toString(type.getEnumConstants()) + " 之一"));
        }

        Set<Integer> categories(LevyParameter name) {
            String value = text(name);
            Set<Integer> codes = new TreeSet<>();
            if (value.isEmpty()) {
                return Set.of();
            }
            for (String part : value.split(",")) {
                String code = part.strip();
                if (!code.matches("[1-7]")) {
                    throw bad(name, "应为以逗号分隔的残疾类别代码 1–7");
                }
                codes.add(Integer.parseInt(code));
            }
            return Collections.unmodifiableSet(codes);
        }
    }

    /** A stored value the engine cannot read; {@code rule} is what it should be. */
    private static final class InvalidValue extends NoLevyParameters {
        private final String rule;

        InvalidValue(String rule, String message) {
            super(message);
            this.rule = rule;
        }
    }
}
