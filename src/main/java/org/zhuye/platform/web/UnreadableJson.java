package org.zhuye.platform.web;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.databind.DatabindException;

/**
 * What to tell the caller about a JSON body that could not be read: that it is no JSON at all, or
 * which field (as a path, {@code employees[2].months}) holds a value of the wrong type.
 */
public final class UnreadableJson {

    private UnreadableJson() {
    }

    /** The Chinese message; {@code typeHint} (may be empty) follows a wrong-type message, e.g. which fields are numbers. */
    public static String message(HttpMessageNotReadableException e, String typeHint) {
        String field = e.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()
                ? databind.getPath().stream()
                        .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                        .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("")
                : null;
        return field == null ? "请求内容不是有效的 JSON" : "字段 " + field + " 的值类型不对" + typeHint;
    }
}
