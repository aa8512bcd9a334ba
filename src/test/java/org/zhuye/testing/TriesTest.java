package org.zhuye.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TriesTest {

    @Test
    void aFailureNamesTheTryTheSeedAndTheInputsDrawn() {
        assertThatThrownBy(() -> Tries.check(10, in -> {
            int drawn = in.between(5, 5);
            List<Integer> list = in.list(2, 2, e -> e.between(7, 7));
            assertThat(drawn + list.size()).isEqualTo(4);
        }))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("try 1 of 10")
                .hasMessageContaining("seed " + Tries.DEFAULT_SEED)
                .hasMessageContaining("-D" + Tries.SEED_PROPERTY + "=" + Tries.DEFAULT_SEED)
                .hasMessageContaining("inputs: [5, [7, 7]]");
    }

    @Test
    void everyRunDrawsTheSameInputsFromTheSameSeed() {
        List<Long> first = new ArrayList<>();
        List<Long> second = new ArrayList<>();
        Tries.check(50, in -> first.add(in.between(Long.MIN_VALUE, Long.MAX_VALUE)));
        Tries.check(50, in -> second.add(in.between(Long.MIN_VALUE, Long.MAX_VALUE)));
        assertThat(first).hasSize(50).isEqualTo(second);
        assertThat(first.stream().distinct().count()).as("not one value drawn over and over").isGreaterThan(25);
    }

    @Test
    void everyPropertyRunsItsNumberOfTries() {
        int[] runs = {0};
        Tries.check(in -> runs[0]++);
        assertThat(runs[0]).isEqualTo(Tries.DEFAULT);
    }
}
