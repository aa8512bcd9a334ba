package org.zhuye.monitoring.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.region.Region;

/**
 * One dashboard: a region's key indicators against their targets, and for the chosen indicator its children
 * and its trend by month.
 *
 * @param path     the regions from the top of the tree down to this one (the breadcrumb)
 * @param keys     the cards, one per key indicator the catalogue has
 * @param chosen   the indicator of the map, the trend and the children table
 * @param selected where the region stands on the chosen indicator
 * @param children each direct child on the chosen indicator, in code order
 */
public record Dashboard(Region region, List<Region> path, ReportingPeriod period, LocalDate asOf, List<IndicatorStanding> keys,
                 Indicator chosen, IndicatorStanding selected, List<ChildStanding> children, Trend trend) {

    /** Inner Mongolia's own page: its 12 leagues are on the map file; nothing below them is. */
    public boolean showsMap() {
        return region.level() == 1 && region.code().startsWith("15");
    }

    /** Whether any child has a target of the chosen indicator, so that completion can rank them. */
    public boolean childTargets() {
        return children.stream().anyMatch(c -> c.standing().standing().hasTarget());
    }

    /** A child region and where it stands; {@code childCount} 0 for a village, which has nowhere to drill. */
    public record ChildStanding(Region region, int childCount, IndicatorStanding standing) {
    }
}
