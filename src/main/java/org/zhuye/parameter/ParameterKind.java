package org.zhuye.parameter;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One kind of dated rule parameter that administrators keep on the 参数管理 pages. Each module
 * offers its own as a bean and keeps its table and its value rules; {@link ParameterKeeping} adds
 * what every kind shares (region, period, evidence, source, no overlap, audit), so a new row is
 * checked the same way whatever table it goes to. Rows are never updated: a new dated row replaces
 * an old one, which is at most ended the day before (only kinds with {@link Period#RANGE}).
 */
public interface ParameterKind {

    ParameterDescription description();

    default String key() {
        return description().key();
    }

    default String label() {
        return description().label();
    }

    default String purpose() {
        return description().purpose();
    }

    default Period period() {
        return description().period();
    }

    default int narrowestLevel() {
        return description().narrowestLevel();
    }

    default String seriesField() {
        return description().seriesField();
    }

    /** The kind's own value fields in form and column order; the series field, if any, first. */
    List<ParameterField> fields();

    /** Every stored row, oldest first within a region and series. Policy parameters are public. */
    List<ParameterRow> rows();

    /** Every problem of the kind's own fields (already stripped), keyed by field name, in Chinese. */
    Map<String, String> validate(Map<String, String> values);

    /** Inserts a checked row; the caller's transaction records it in the audit trail. */
    void insert(NewParameter row);

    /** Ends an open-ended row on {@code lastDay} (only asked of kinds with {@link Period#RANGE}). */
    default void end(ParameterRow row, LocalDate lastDay) {
        throw new UnsupportedOperationException(label() + " 的行不能结束");
    }

    /** After a change: drop whatever the module holds in memory. */
    default void reload() {
    }
}
