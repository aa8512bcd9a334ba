package org.zhuye.casework;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * How the casework forms read a typed field: blank is absent, text is stripped, dates may be written
 * with slashes. Each reader adds its message, in Chinese and naming the field, to the form's errors.
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
        if (text == null || text.isBlank()) {
            errors.put(field, "请填写" + label);
            return null;
        }
        try {
            return LocalDate.parse(text.strip().replace('/', '-'));
        } catch (DateTimeParseException e) {
            errors.put(field, label + "须写作 YYYY-MM-DD：" + text);
            return null;
        }
    }
}
