package org.zhuye.monitoring.table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An official table's layout as data: its title and form note, its headings (merged where grouped) and the
 * column for the rows. The rows are regions: the chosen region's children, a 本级 row for records registered
 * at the region's own code, and 合计. The page and the XLSX are both drawn from this one layout.
 *
 * @param key         the table's address, {@code /tables/{key}}
 * @param title       as printed on the form
 * @param formNumber  the form's number as this system numbers it (the federation's own numbers vary by year)
 * @param source      制表说明: where the figures come from
 * @param description one sentence for the list of tables
 * @param rowHeading  the heading of the first column (单位名称)
 * @param headers     the headings left to right
 */
public record TableLayout(String key, String title, String formNumber, String source, String description,
                          String rowHeading, List<Header> headers) {

    public TableLayout {
        if (!key.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("报表代号只用小写字母、数字和连字符：" + key);
        }
        headers = List.copyOf(headers);
    }

    /** The columns left to right, each with the headings above it (outermost first, itself last). */
    public List<List<Header>> columns() {
        List<List<Header>> columns = new ArrayList<>();
        for (Header header : headers) {
            collect(header, new ArrayList<>(), columns);
        }
        return columns;
    }

    /** Every code the table reads, once each. */
    public Set<String> codes() {
        Set<String> codes = new LinkedHashSet<>();
        columns().forEach(path -> codes.addAll(path.get(path.size() - 1).measure().codes()));
        return codes;
    }

    /** The rows of heading: the deepest group's. */
    public int headerRows() {
        return headers.stream().mapToInt(Header::depth).max().orElse(1);
    }

    private static void collect(Header header, List<Header> above, List<List<Header>> columns) {
        List<Header> path = new ArrayList<>(above);
        path.add(header);
        if (header.isColumn()) {
            columns.add(List.copyOf(path));
        } else {
            header.children().forEach(child -> collect(child, path, columns));
        }
    }
}
