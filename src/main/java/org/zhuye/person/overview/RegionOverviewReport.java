package org.zhuye.person.overview;

import java.time.LocalDate;
import java.util.List;

import org.zhuye.region.Region;

/**
 * The overview of one region on one date: its figures, the same figures for each child region,
 * and the path from the top of the tree for the breadcrumb.
 *
 * @param unassigned persons under the region but under none of its children (the region itself
 *                   when it is a village; otherwise only if the tree and the data disagree), or null
 */
public record RegionOverviewReport(Region region, LocalDate asOf, List<Region> path, OverviewFigures figures,
                                   List<Row> children, OverviewFigures unassigned) {

    /** A child region and its figures. */
    public record Row(Region region, OverviewFigures figures) {
    }
}
