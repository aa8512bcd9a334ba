package org.zhuye.employer.levy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the levy's figures are written in its explanation: no exponent, grouped yuan, truncated percentages. */
final class LevyFigures {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LevyFigures() {
    }

    /** {@code twelfths ÷ 12}, exact when it ends within 4 decimals, else rounded half up to 4. */
    static BigDecimal fromTwelfths(BigDecimal twelfths) {
        return plain(twelfths.divide(TWELVE, 4, RoundingMode.HALF_UP));
    }

    static BigDecimal fromTwelfths(long twelfths) {
        return fromTwelfths(BigDecimal.valueOf(twelfths));
    }

    /** Without trailing zeros and never in exponent form ("30", not "3E+1"). */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static String number(BigDecimal value) {
        return plain(value).toPlainString();
    }

    /** "1.49%": truncated, so 1.4999% never reads as the 1.5% it did not reach. */
    static String percent(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).setScale(2, RoundingMode.DOWN).toPlainString() + "%";
    }

    /** "16,000,000.00" */
    static String yuan(BigDecimal amount) {
        String digits = amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
        boolean negative = digits.startsWith("-");
        if (negative) {
            digits = digits.substring(1);
        }
        int point = digits.indexOf('.');
        StringBuilder out = new StringBuilder(digits.length() + 6);
        for (int i = 0; i < point; i++) {
            if (i > 0 && (point - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        out.append(digits, point, digits.length());
        return (negative ? "-" : "") + out;
    }
}
