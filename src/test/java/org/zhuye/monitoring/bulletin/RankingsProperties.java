package org.zhuye.monitoring.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuye.monitoring.target.Standing;
import org.zhuye.testing.Tries;

class RankingsProperties {

    static RegionStanding standing(int i, Double completion) {
        return new RegionStanding(String.format("15%02d00000000", i + 1), "盟市" + i, new Standing("0",
                completion == null ? null : "1", completion, 50, completion == null ? null : Math.round((completion - 50) * 10) / 10.0,
                false, null), null);
    }

    @Test
    void tiesShareARankAndTheNextRankSkipsTheirPlaces() {
        List<RegionStanding> ranked = Rankings.rank(List.of(standing(0, 50.0), standing(1, 80.0), standing(2, 80.0),
                standing(3, null), standing(4, 20.0)));
        assertThat(ranked).extracting(RegionStanding::name).containsExactly("盟市1", "盟市2", "盟市0", "盟市4", "盟市3");
        assertThat(ranked).extracting(RegionStanding::rank).containsExactly(1, 1, 3, 4, null);
    }

    @Test
    void equalCompletionsFromDifferentFiguresTie() {
        List<RegionStanding> ranked = Rankings.rank(List.of(standing(0, 100.0 / 3), standing(1, 200.0 / 6)));
        assertThat(ranked).extracting(RegionStanding::rank).containsExactly(1, 1);
    }

    @Test
    void aRankIsOneMoreThanTheRegionsAheadAndEveryoneWithATargetIsRanked() {
        Tries.check(500, in -> {
            List<RegionStanding> standings = new ArrayList<>();
            int n = in.between(0, 12);
            for (int i = 0; i < n; i++) {
                standings.add(standing(i, in.chance(0.2) ? null : (double) in.between(0, 8) * 12.5));
            }
            List<RegionStanding> ranked = Rankings.rank(standings);
            assertThat(ranked).hasSize(n);
            for (RegionStanding s : ranked) {
                if (s.standing().hasCompletion()) {
                    long ahead = ranked.stream().filter(o -> o.standing().hasCompletion() && o.standing().completion() > s.standing().completion()).count();
                    assertThat(s.rank()).isEqualTo((int) ahead + 1);
                } else {
                    assertThat(s.rank()).isNull();
                }
            }
            List<Integer> ranks = ranked.stream().filter(s -> s.standing().hasCompletion()).map(RegionStanding::rank).toList();
            assertThat(ranks).isSorted();
            assertThat(ranked.subList(ranks.size(), n)).allMatch(s -> !s.standing().hasCompletion());
        });
    }
}
