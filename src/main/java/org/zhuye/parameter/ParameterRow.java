package org.zhuye.parameter;

import java.time.LocalDate;
import java.util.List;

/**
 * A stored row as every kind shows it.
 *
 * @param series the value of the kind's series field ("" when it has none)
 * @param to     the last day in force, null when open (a {@link Period#FROM} row is open until the next)
 * @param values the stored values of the kind's fields, in field order (as stored, not as labelled)
 */
public record ParameterRow(String regionPrefix, String series, LocalDate from, LocalDate to, List<String> values,
                           Evidence evidence, String source) {

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
