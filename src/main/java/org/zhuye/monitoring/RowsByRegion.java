package org.zhuye.monitoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.zhuye.region.RegionCode;

/**
 * For a source that reads the records behind a figure as one list: the figure of the whole and of each direct
 * child region worked out from the same rows (so a median or a ratio is recomputed per child, never averaged),
 * and a page of those rows. Counting and listing the same list is what keeps a figure and its records agreeing.
 */
public final class RowsByRegion {

    private RowsByRegion() {
    }

    /**
     * @param regionOf where each row is counted (a code under {@code region})
     * @param figureOf the figure of a set of rows (a count, a ratio, a median)
     */
    public static <T> RegionFigures figures(String code, RegionCode region, ReportingPeriod period, List<T> rows,
                                            Function<T, String> regionOf, Function<List<T>, Figure> figureOf) {
        Map<String, List<T>> byChild = new TreeMap<>();
        for (T row : rows) {
            String child = region.childHolding(regionOf.apply(row));
            // A record of the region itself (a province's own fair) counts in its total and in no child.
            if (child != null && !child.equals(region.value())) {
                byChild.computeIfAbsent(child, k -> new ArrayList<>()).add(row);
            }
        }
        List<RegionFigures.Child> children = new ArrayList<>();
        byChild.forEach((child, ofChild) -> children.add(new RegionFigures.Child(child, figureOf.apply(ofChild))));
        return new RegionFigures(code, region.value(), period, figureOf.apply(rows), children);
    }

    /**
     * The figures of records each worth a figure of its own (1 for a count, an amount of money): summed over the
     * whole and over each child's records.
     */
    public static <T> RegionFigures summed(String code, RegionCode region, ReportingPeriod period, Collection<T> records,
                                           Function<T, String> regionOf, Function<T, Figure> figureOf) {
        return figures(code, region, period, List.copyOf(records), regionOf,
                rows -> rows.stream().map(figureOf).reduce(Figure.ZERO, Figure::plus));
    }

    /** A page of the rows, in their order, with the count of them all. */
    public static <T> RecordPage page(List<T> rows, int offset, int limit, Function<T, RecordPage.Row> rowOf) {
        int from = Math.min(Math.max(offset, 0), rows.size());
        int to = (int) Math.min((long) from + Math.max(limit, 0), rows.size());
        return new RecordPage(rows.size(), rows.subList(from, to).stream().map(rowOf).toList());
    }

    /** The figure of a median of whole days over {@code count} records: rounded half up, as a figure holds whole numbers. */
    public static Figure median(Double median, long count) {
        return median == null ? Figure.ZERO : new Figure(Math.round(median), count);
    }
}
