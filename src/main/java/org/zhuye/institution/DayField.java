package org.zhuye.institution;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * A typed day of this module's forms (开办、关闭、服务起止日期): YYYY-MM-DD (or with slashes), never after
 * today — the module records what happened, not plans. Problems go into the form's error map in Chinese.
 */
public final class DayField {

    private DayField() {
    }

    /**
     * The day, or null with the problem put under {@code field}; a blank is a problem only when {@code required}.
     */
    public static LocalDate parse(String raw, String field, String label, boolean required, LocalDate today,
                                  Map<String, String> errors) {
        String text = raw == null || raw.isBlank() ? null : raw.strip();
        if (text == null) {
            if (required) {
                errors.put(field, "请填写" + label + "（YYYY-MM-DD）");
            }
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text.replace('/', '-'));
            if (day.isAfter(today)) {
                errors.put(field, label + "不能晚于今天");
            }
            return day;
        } catch (DateTimeParseException e) {
            errors.put(field, label + "须写作 YYYY-MM-DD");
            return null;
        }
    }
}
