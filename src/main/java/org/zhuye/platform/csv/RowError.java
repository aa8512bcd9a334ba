package org.zhuye.platform.csv;

/**
 * One problem in one row of an uploaded file, worded for the person who has to fix it.
 *
 * @param row    the row as a spreadsheet numbers it (header = 1)
 * @param column the column's header, or null when the problem is the row as a whole
 * @param value  the offending value as given
 * @param rule   what the value must be, in Chinese
 */
public record RowError(int row, String column, String value, String rule) {

    public String message() {
        StringBuilder text = new StringBuilder("第").append(row).append("行");
        if (column != null) {
            text.append("「").append(column).append("」");
        }
        if (value != null && !value.isEmpty()) {
            text.append("（").append(value).append("）");
        }
        return text.append("：").append(rule).toString();
    }
}
