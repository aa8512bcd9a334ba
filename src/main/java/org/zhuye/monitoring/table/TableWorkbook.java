package org.zhuye.monitoring.table;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.zhuye.platform.xlsx.XlsxWriter;

/**
 * An official table as a workbook laid out like the paper form: title, the 填报单位 line, the headings merged
 * as on the page, the units row, 合计 and the regions with their figures as numbers, and the notes.
 */
final class TableWorkbook {

    private TableWorkbook() {
    }

    static String fileName(StatTable table) {
        return table.layout().title() + "-" + table.regionName() + "-" + table.period().key().replace('~', '至') + ".xlsx";
    }

    static void write(StatTable table, OutputStream out) throws IOException {
        int width = table.width() + 1;
        try (XlsxWriter xlsx = new XlsxWriter(out, "报表")) {
            List<Integer> widths = new ArrayList<>();
            widths.add(22);
            widths.addAll(Collections.nCopies(table.width(), 11));
            xlsx.widths(widths);
            line(xlsx, table.layout().title() + "（" + table.period().label() + "）", width, true);
            line(xlsx, "表号：" + table.layout().formNumber() + "    填报单位：" + table.regionName() + "残疾人联合会    统计期："
                    + table.period().label() + "    数据截至：" + table.asOf(), width, false);
            int top = xlsx.nextRow();
            for (List<StatTable.HeadingCell> row : table.headingRows()) {
                Object[] cells = new Object[width];
                row.forEach(cell -> cells[cell.column()] = cell.label());
                xlsx.values(Arrays.asList(cells), true);
            }
            for (List<StatTable.HeadingCell> row : table.headingRows()) {
                for (StatTable.HeadingCell cell : row) {
                    if (cell.rowspan() > 1 || cell.colspan() > 1) {
                        xlsx.merge(top + cell.row(), cell.column(), top + cell.row() + cell.rowspan() - 1,
                                cell.column() + cell.colspan() - 1);
                    }
                }
            }
            List<Object> units = new ArrayList<>();
            units.add("计量单位");
            units.addAll(table.units());
            xlsx.values(units, false);
            for (StatTable.Row row : table.rows()) {
                List<Object> cells = new ArrayList<>();
                cells.add(row.name());
                // A missing indicator prints "—" as on the page; a figure is a number the sheet can add up.
                row.cells().forEach(c -> cells.add(c.missing() ? "—" : c.number() == null ? "—" : c.number()));
                xlsx.values(cells, row.kind() == StatTable.Kind.TOTAL);
            }
            line(xlsx, "说明：" + table.layout().source(), width, false);
            for (String note : table.notes()) {
                line(xlsx, note, width, false);
            }
        }
    }

    private static void line(XlsxWriter xlsx, String text, int width, boolean bold) throws IOException {
        int at = xlsx.nextRow();
        xlsx.values(List.of(text), bold);
        xlsx.merge(at, 0, at, width - 1);
    }
}
