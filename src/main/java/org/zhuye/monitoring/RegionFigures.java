package org.zhuye.monitoring;

import java.util.List;

/**
 * An indicator's figure for a region and a period, with the figure of each of its direct child regions in
 * region-code order (every child of the tree, {@link Figure#ZERO} where it has no records).
 */
public record RegionFigures(String indicator, String regionCode, ReportingPeriod period, Figure total, List<Child> children) {

    public record Child(String regionCode, Figure figure) {
    }
}
