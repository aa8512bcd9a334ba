package org.zhuye.platform.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The Chinese message for a request parameter that could not be read as its type, shared by the
 * API's error body and the pages' error page so both name the parameter and what it should be.
 */
final class BadParameters {

    private BadParameters() {
    }

    static String typeMismatch(String name, Object value, Class<?> type) {
        return "参数 " + name + " 的值“" + shown(value) + "”无效：应为" + expected(type);
    }

    static String missing(String name) {
        return "缺少参数：" + name;
    }

    /** Every field of a bound form or filter that failed, in one message. */
    static String bind(BindingResult result) {
        return result.getFieldErrors().stream().map(BadParameters::field).collect(Collectors.joining("；"));
    }

    private static String field(FieldError error) {
        if (error.contains(TypeMismatchException.class)) {
            return typeMismatch(error.getField(), error.getRejectedValue(),
                    error.unwrap(TypeMismatchException.class).getRequiredType());
        }
        return "参数 " + error.getField() + " 的值无效";
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "正确的格式";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "整数";
        }
        if (type == BigDecimal.class || type == double.class || type == Double.class) {
            return "数字";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true 或 false";
        }
        if (type == LocalDate.class) {
            return "日期（格式 2024-01-31）";
        }
        if (type == LocalDateTime.class) {
            return "日期时间（格式 2024-01-31T08:00:00）";
        }
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining("、", "以下之一：", ""));
        }
        return "正确的格式";
    }

    /** The value as received, shortened, with control characters shown rather than sent back raw. */
    private static String shown(Object value) {
        String text = String.valueOf(value);
        if (text.length() > 40) {
            text = text.substring(0, 40) + "…";
        }
        return text.chars().mapToObj(c -> Character.isISOControl(c) ? String.format("\\u%04x", c)
                : String.valueOf((char) c)).collect(Collectors.joining());
    }
}
