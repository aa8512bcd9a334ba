package org.zhuye.monitoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.zhuye.region.RegionCode;

/**
 * Adds up the records a source has listed into a region's figure and its direct children's, in one pass: each
 * record counts in the total and in the child that holds its region ({@link RegionCode#childHolding}); one
 * registered at the region itself is in the total only. For sources whose module answers with the records.
 */
public final class ChildTally {

    private final RegionCode region;
    private final Map<String, Figure> children = new TreeMap<>();
    private Figure total = Figure.ZERO;

    public ChildTally(RegionCode region) {
        this.region = region;
    }

    public static <T> RegionFigures of(String code, RegionCode region, ReportingPeriod period, Collection<T> records,
                                       Function<T, String> regionOf, Function<T, Figure> figureOf) {
        ChildTally tally = new ChildTally(region);
        records.forEach(r -> tally.add(regionOf.apply(r), figureOf.apply(r)));
        return tally.figures(code, period);
    }

    public void add(String recordRegion, Figure figure) {
        total = total.plus(figure);
        String child = region.childHolding(recordRegion);
        if (child != null && !child.equals(region.value())) {
            children.merge(child, figure, Figure::plus);
        }
    }

    public RegionFigures figures(String code, ReportingPeriod period) {
        List<RegionFigures.Child> rows = new ArrayList<>();
        children.forEach((child, figure) -> rows.add(new RegionFigures.Child(child, figure)));
        return new RegionFigures(code, region.value(), period, total, rows);
    }
}
