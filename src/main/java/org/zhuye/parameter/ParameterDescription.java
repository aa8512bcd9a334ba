package org.zhuye.parameter;

/**
 * What a {@link ParameterKind} is, as the pages and messages name it.
 *
 * @param key            the path segment of the kind's page, e.g. {@code minimum-wage}
 * @param label          the Chinese name, e.g. 最低工资标准
 * @param purpose        one sentence: which rule uses it and how a row applies
 * @param narrowestLevel the narrowest region level a row may be kept for: 1 自治区 only, 2 down to 盟市, 3 down to 旗县
 * @param seriesField    the field whose value separates independent rows of one region (the levy parameter's name,
 *                       sex), or null; it is the kind's first field
 */
public record ParameterDescription(String key, String label, String purpose, Period period, int narrowestLevel,
                                   String seriesField) {
}
