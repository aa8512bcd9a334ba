package org.zhuye.casework;

import java.util.List;

import org.zhuye.region.Region;

/**
 * Coverage of a region in a cycle, with a row per child region; {@code unassigned} holds persons
 * under the region but under none of its children (null when there are none).
 */
public record CoverageReport(Region region, CycleYears.Cycle cycle, List<Region> path, CoverageFigures figures,
                             List<Row> children, CoverageFigures unassigned) {

    public record Row(Region region, CoverageFigures figures) {
    }
}
