package org.zhuye.monitoring.bulletin;

import java.util.Comparator;
import java.util.List;

/**
 * One indicator of a 通报: the region's own standing against its target and its children ranked by completion.
 *
 * @param unit        the unit printed after a count (人, 人次); empty for a percentage, whose figure carries %
 * @param period      the target's period key ({@code 2026} or {@code 2022-2024})
 * @param periodLabel what the text calls the target: 年度目标 or 2022—2024年目标
 * @param children    every child region, ranked first (by rank, then code), then those without a target
 */
public record IndicatorRanking(String indicator, String name, String unit, String period, String periodLabel,
                               RegionStanding region, List<RegionStanding> children) {

    /** The children behind (时序进度, or the target for a level) in the official (code) order in which 通报 list places. */
    public List<RegionStanding> behind() {
        return children.stream().filter(c -> c.standing().behind()).sorted(Comparator.comparing(RegionStanding::regionCode)).toList();
    }

    /** The children with a completion, so ranked and judged. */
    public long withTarget() {
        return children.stream().filter(c -> c.standing().hasCompletion()).count();
    }
}
