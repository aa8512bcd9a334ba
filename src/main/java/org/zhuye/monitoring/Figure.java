package org.zhuye.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One figure of an indicator for one region and period. For a count, {@code value} is the count and
 * {@code base} is 0; for a {@link Aggregation#RATIO}, {@code value} over {@code base} (both add across
 * regions); for a {@link Aggregation#MEDIAN}, {@code value} is the median and {@code base} the number of
 * records it is the median of. Money is in fen.
 */
public record Figure(long value, long base) {

    public static final Figure ZERO = new Figure(0, 0);

    public static Figure count(long value) {
        return new Figure(value, 0);
    }

    public static Figure ratio(long value, long base) {
        return new Figure(value, base);
    }

    /** The sum of two parts of an additive indicator or of a ratio (numerators and bases add). */
    public Figure plus(Figure other) {
        return new Figure(value + other.value, base + other.base);
    }

    /** The number a chart or a completion rate uses: the count, 元 for money, the percentage for a ratio (null when the base is 0). */
    public Double number(IndicatorUnit unit) {
        return switch (unit) {
            case PERCENT -> base == 0 ? null : 100.0 * value / base;
            case YUAN -> value / 100.0;
            default -> (double) value;
        };
    }

    /** As printed: {@code 1,234}, {@code 56.7%}, {@code 12,345.00}; a ratio of nothing prints as {@code —}. */
    public String shown(IndicatorUnit unit) {
        Double n = number(unit);
        if (n == null) {
            return "—";
        }
        BigDecimal rounded = BigDecimal.valueOf(n).setScale(unit.scale(), RoundingMode.HALF_UP);
        String text = Grouped.number(rounded, unit.scale());
        return unit == IndicatorUnit.PERCENT ? text + "%" : text;
    }
}
