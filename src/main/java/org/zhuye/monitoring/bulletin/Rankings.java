package org.zhuye.monitoring.bulletin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks regions by completion, 1 for the highest, as league tables do ("standard competition" ranking):
 * regions with the same completion share a rank and the next rank skips as many places (1, 1, 3).
 * Regions without a target are not ranked and come last, in code order.
 */
final class Rankings {

    private Rankings() {
    }

    static List<RegionStanding> rank(List<RegionStanding> standings) {
        List<RegionStanding> withTarget = standings.stream().filter(s -> s.standing().hasCompletion())
                .sorted(Comparator.comparing((RegionStanding s) -> s.standing().completion(), Comparator.reverseOrder())
                        .thenComparing(RegionStanding::regionCode))
                .toList();
        List<RegionStanding> ranked = new ArrayList<>();
        for (int i = 0; i < withTarget.size(); i++) {
            RegionStanding s = withTarget.get(i);
            boolean tie = i > 0 && same(withTarget.get(i - 1).standing().completion(), s.standing().completion());
            ranked.add(s.ranked(tie ? ranked.get(i - 1).rank() : i + 1));
        }
        standings.stream().filter(s -> !s.standing().hasCompletion()).sorted(Comparator.comparing(RegionStanding::regionCode))
                .map(s -> s.ranked(null)).forEach(ranked::add);
        return ranked;
    }

    /** Equal up to rounding noise of the division (1/3 and 2/6 must tie). */
    private static boolean same(double a, double b) {
        return Math.abs(a - b) < 1e-9;
    }
}
