package org.zhuye.monitoring.table;

import java.time.LocalDate;
import java.util.List;

import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.ReportingPeriod;

/**
 * An official table filled for one region and period, ready to be drawn as a page or a workbook: the merged
 * heading cells placed on a grid, the units row, the rows (合计 first, as on the paper forms, then each child
 * region, then 本级) and the notes.
 *
 * @param regionParam the region as the page's address takes it (its significant prefix)
 */
public record StatTable(TableLayout layout, String regionCode, String regionParam, String regionName,
                        ReportingPeriod period, LocalDate asOf, List<List<HeadingCell>> headingRows,
                        List<String> units, List<Row> rows, List<String> notes, List<String> missing) {

    /** Columns of figures (the row heading not counted). */
    public int width() {
        return units.size();
    }

    /** The row of 合计. */
    public Row total() {
        return rows.get(0);
    }

    /** The rows that add up to 合计: the child regions and 本级. */
    public List<Row> parts() {
        return rows.subList(1, rows.size());
    }

    /** A merged heading: its place on the heading grid (column 0 is the row heading) and its spans. */
    public record HeadingCell(String id, String label, int row, int column, int rowspan, int colspan) {
        /** {@code scope} as HTML wants it: a group's heading covers a column group. */
        public String scope() {
            return colspan > 1 ? "colgroup" : "col";
        }
    }

    public enum Kind { TOTAL, REGION, OWN }

    /**
     * @param drill the region's own table is worth opening (it has regions under it)
     */
    public record Row(Kind kind, String id, String regionCode, String regionParam, String name, boolean drill, List<Cell> cells) {
    }

    /**
     * One figure. {@code figure} and {@code number} are null where the column's indicator is not in the
     * catalogue (printed "—", {@code title} says why) or a rate has no base.
     *
     * @param headers the ids of its row heading and of every heading above it, for screen readers
     * @param href    the records it counts
     * @param title   what the link opens, where it is not plainly the cell's own records
     */
    public record Cell(Figure figure, String shown, Number number, String headers, String href, String title) {
        public boolean missing() {
            return figure == null;
        }
    }
}
