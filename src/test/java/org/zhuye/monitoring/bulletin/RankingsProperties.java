package org.zhuye.monitoring.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuye.testing.Tries;

class RankingsProperties {

    static Standing standing(int i, Double completion) {
        return new Standing(String.format("15%02d00000000", i + 1), "盟市" + i, "0", completion == null ? null : "1",
                completion, 50, completion == null ? null : Standing.roundPoints(completion - 50), null);
    }

    @Test
    void tiesShareARankAndTheNextRankSkipsTheirPlaces() {
        List<Standing> ranked = Rankings.rank(List.of(standing(0, 50.0), standing(1, 80.0), standing(2, 80.0),
                standing(3, null), standing(4, 20.0)));
        assertThat(ranked).extracting(Standing::name).containsExactly("盟市1", "盟市2", "盟市0", "盟市4", "盟市3");
        assertThat(ranked).extracting(Standing::rank).containsExactly(1, 1, 3, 4, null);
    }

    @Test
    void equalCompletionsFromDifferentFiguresTie() {
        List<Standing> ranked = Rankings.rank(List.of(standing(0, 100.0 / 3), standing(1, 200.0 / 6)));
        assertThat(ranked).extracting(Standing::rank).containsExactly(1, 1);
    }

    @Test
    void aRankIsOneMoreThanTheRegionsAheadAndEveryoneWithATargetIsRanked() {
        Tries.check(500, in -> {
            List<Standing> standings = new ArrayList<>();
            int n = in.between(0, 12);
            for (int i = 0; i < n; i++) {
                standings.add(standing(i, in.chance(0.2) ? null : (double) in.between(0, 8) * 12.5));
            }
            List<Standing> ranked = Rankings.rank(standings);
            assertThat(ranked).hasSize(n);
            for (Standing s : ranked) {
                if (s.hasTarget()) {
                    long ahead = ranked.stream().filter(o -> o.hasTarget() && o.completion() > s.completion()).count();
                    assertThat(s.rank()).isEqualTo((int) ahead + 1);
                } else {
                    assertThat(s.rank()).isNull();
                }
            }
            List<Integer> ranks = ranked.stream().filter(Standing::hasTarget).map(Standing::rank).toList();
            assertThat(ranks).isSorted();
            assertThat(ranked.subList(ranks.size(), n)).allMatch(s -> !s.hasTarget());
        });
    }
}
