package org.zhuye.monitoring.table;

import java.util.List;

/**
 * A heading of an official table: a group over other headings (城镇新增残疾人就业 over 合计 and the forms) or a
 * column, which has a unit for the form's units row and a {@link Measure}. Groups become merged cells.
 */
public record Header(String label, String unit, Measure measure, List<Header> children) {

    public Header {
        children = List.copyOf(children);
        if ((measure == null) == children.isEmpty()) {
            throw new IllegalArgumentException("表头要么是一栏（有指标），要么是一组（有下级表头）：" + label);
        }
    }

    public static Header column(String label, String unit, Measure measure) {
        return new Header(label, unit, measure, List.of());
    }

    public static Header group(String label, Header... children) {
        return new Header(label, null, null, List.of(children));
    }

    public boolean isColumn() {
        return measure != null;
    }

    /** The rows of heading this needs: 1 for a column, 1 more than its deepest child for a group. */
    int depth() {
        return isColumn() ? 1 : 1 + children.stream().mapToInt(Header::depth).max().orElse(0);
    }

    /** The columns under this heading, which its merged cell spans. */
    int width() {
        return isColumn() ? 1 : children.stream().mapToInt(Header::width).sum();
    }
}
