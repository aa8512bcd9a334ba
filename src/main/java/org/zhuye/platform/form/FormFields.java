package org.zhuye.platform.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * How every form reads a typed field: blank is absent, text is stripped, dates may be written with slashes,
 * decimals are checked against their range. Each reader puts its message, in Chinese and naming the field,
 * under the field's name in the form's errors, so a form collects every problem at once.
 */
public final class FormFields {

    private FormFields() {
    }

    /** The stripped text, or null when blank. */
    public static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A required date (YYYY-MM-DD, or with slashes); null with an error when missing or malformed. */
    public static LocalDate date(String text, String field, String label, Map<String, String> errors) {
        return date(text, field, label, true, errors);
    }

    /** A date (YYYY-MM-DD, or with slashes), or null: with an error when malformed, or missing and required. */
    public static LocalDate date(String text, String field, String label, boolean required, Map<String, String> errors) {
        String t = text(text);
        if (t == null) {
            if (required) {
                errors.put(field, "请填写" + label + "（YYYY-MM-DD）");
            }
            return null;
        }
        try {
            return LocalDate.parse(t.replace('/', '-'));
        } catch (DateTimeParseException e) {
            errors.put(field, label + "须写作 YYYY-MM-DD：" + t);
            return null;
        }
    }

    /** A date of something that has happened: as {@link #date}, and an error when after {@code today}. */
    public static LocalDate pastDate(String text, String field, String label, boolean required, LocalDate today,
                                     Map<String, String> errors) {
        LocalDate day = date(text, field, label, required, errors);
        if (day != null && day.isAfter(today)) {
            errors.put(field, label + "不能晚于今天");
        }
        return day;
    }

    /** A decimal from {@code min} to {@code max} with at most four places; null with an error otherwise. */
    public static BigDecimal decimal(String text, String field, String label, BigDecimal min, BigDecimal max,
                                     Map<String, String> errors) {
        try {
            BigDecimal value = new BigDecimal(text == null ? "" : text.strip());
            if (value.compareTo(min) < 0 || value.compareTo(max) > 0 || value.scale() > 4) {
                errors.put(field, label + "须在 " + min.toPlainString() + " 到 " + max.toPlainString() + " 之间（最多4位小数）");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.put(field, label + "须为数字");
            return null;
        }
    }
}
