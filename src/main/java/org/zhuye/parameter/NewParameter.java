package org.zhuye.parameter;

import java.time.LocalDate;
import java.util.Map;

/**
 * A checked new row: region prefix, period, the kind's own values by field name (stripped, valid),
 * evidence and source. For a {@link Period#YEAR} kind, {@code from} is 1 January of the year and
 * {@code to} 31 December; for {@link Period#FROM}, {@code to} is null.
 */
public record NewParameter(String regionPrefix, LocalDate from, LocalDate to, Map<String, String> values,
                           Evidence evidence, String source) {

    public String value(String field) {
        return values.get(field);
    }

    public int year() {
        return from.getYear();
    }
}
