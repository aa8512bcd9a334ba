package org.zhuye.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as the federation's tables print them: thousands grouped by commas and a fixed number of decimals,
 * rounded half up (1,234,567.8). Every figure, target, trend point and difference is written here. The
 * {@code String.format("%,.1f")} it replaces built a Formatter and the locale's number symbols on every call, a
 * tenth of a dashboard view's CPU with its hundreds of numbers.
 */
public final class Grouped {

    private Grouped() {
    }

    /** {@code value} grouped, with {@code scale} decimals. */
    public static String number(BigDecimal value, int scale) {
        BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP);
        String digits = rounded.abs().toPlainString();
        int whole = scale > 0 ? digits.length() - scale - 1 : digits.length();
        StringBuilder text = new StringBuilder(digits.length() + whole / 3 + 1);
        if (rounded.signum() < 0) {
            text.append('-');
        }
        for (int i = 0; i < whole; i++) {
            if (i > 0 && (whole - i) % 3 == 0) {
                text.append(',');
            }
            text.append(digits.charAt(i));
        }
        return text.append(digits, whole, digits.length()).toString();
    }

    /** {@code value} grouped, with {@code scale} decimals; — when it is not a number. */
    public static String number(double value, int scale) {
        return Double.isFinite(value) ? number(BigDecimal.valueOf(value), scale) : "—";
    }

    /** A count, grouped. */
    public static String number(long value) {
        return number(BigDecimal.valueOf(value), 0);
    }

    /** {@code value} with {@code scale} decimals, not grouped (a percentage, a point of one); — when not a number. */
    public static String plain(double value, int scale) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).toPlainString() : "—";
    }
}
