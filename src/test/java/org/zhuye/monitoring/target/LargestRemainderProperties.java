package org.zhuye.monitoring.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuye.testing.Tries;

/** The suggested split: whole numbers that add up to the parent exactly and follow the base. */
class LargestRemainderProperties {

    @Test
    void theSplitAddsUpToTheTotalExactlyAndIsNeverNegative() {
        Tries.check(in -> {
            long total = in.between(0L, 5_000_000L);
            List<Long> bases = in.list(1, 20, i -> i.chance(0.1) ? 0L : i.between(0L, 3_000_000L));
            List<Long> parts = LargestRemainder.split(total, bases);
            assertThat(parts).hasSameSizeAs(bases).allMatch(p -> p >= 0);
            assertThat(parts.stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
        });
    }

    @Test
    void aLargerBaseNeverGetsLess() {
        Tries.check(in -> {
            long total = in.between(0L, 100_000L);
            List<Long> bases = in.list(2, 15, i -> i.between(0L, 50_000L));
            List<Long> parts = LargestRemainder.split(total, bases);
            for (int i = 0; i < bases.size(); i++) {
                for (int j = 0; j < bases.size(); j++) {
                    if (bases.get(i) > bases.get(j)) {
                        assertThat(parts.get(i)).as("基数 %d > %d", bases.get(i), bases.get(j)).isGreaterThanOrEqualTo(parts.get(j));
                    }
                }
            }
        });
    }

    @Test
    void equalBasesGetValuesDifferingByAtMostOne() {
        Tries.check(in -> {
            long total = in.between(0L, 100_000L);
            long shared = in.between(0L, 1_000L);
            List<Long> bases = in.list(2, 15, i -> i.bool() ? shared : i.between(0L, 1_000L));
            List<Long> parts = LargestRemainder.split(total, bases);
            long least = Long.MAX_VALUE;
            long most = Long.MIN_VALUE;
            for (int i = 0; i < bases.size(); i++) {
                if (bases.get(i) == shared) {
                    least = Math.min(least, parts.get(i));
                    most = Math.max(most, parts.get(i));
                }
            }
            assertThat(most - least).isLessThanOrEqualTo(1);
        });
    }

    @Test
    void thePlanSplitsBy24000AmongTwelveLeaguesInProportion() {
        List<Long> parts = LargestRemainder.split(24_000, List.of(3L, 1L, 0L, 2L));
        assertThat(parts).containsExactly(12_000L, 4_000L, 0L, 8_000L);
        assertThat(LargestRemainder.split(10, List.of(1L, 1L, 1L))).containsExactly(4L, 3L, 3L);
        assertThat(LargestRemainder.split(5, List.of(0L, 0L))).containsExactly(3L, 2L);
    }
}
