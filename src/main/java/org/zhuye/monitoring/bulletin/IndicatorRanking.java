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
                               Standing region, List<Standing> children) {

    /** The children behind 时序进度 in the official (code) order in which 通报 list places. */
    public List<Standing> behind() {
        return children.stream().filter(Standing::behind).sorted(Comparator.comparing(Standing::regionCode)).toList();
    }

    public long withTarget() {
        return children.stream().filter(Standing::hasTarget).count();
    }
}
