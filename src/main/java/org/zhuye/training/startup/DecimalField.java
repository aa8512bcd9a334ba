package org.zhuye.training.startup;

import java.math.BigDecimal;
import java.util.Map;

/** A decimal rule value as the 参数管理 form posts it: checked against its range, named in Chinese. */
final class DecimalField {

    private DecimalField() {
    }

    static void check(Map<String, String> values, String field, String label, BigDecimal min, BigDecimal max,
                      Map<String, String> errors) {
        String text = values.get(field);
        try {
            BigDecimal value = new BigDecimal(text == null ? "" : text.strip());
            if (value.compareTo(min) < 0 || value.compareTo(max) > 0 || value.scale() > 4) {
                errors.put(field, label + "须在 " + min.toPlainString() + " 到 " + max.toPlainString() + " 之间（最多4位小数）");
            }
        } catch (NumberFormatException e) {
            errors.put(field, label + "须为数字");
        }
    }
}
