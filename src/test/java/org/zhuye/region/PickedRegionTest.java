package org.zhuye.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class PickedRegionTest {

    @Test
    void theDeepestLevelChosenIsTheValue() {
        assertThat(PickedRegion.of(List.of("150000000000", "150400000000", "150404000000", ""), null))
                .isEqualTo("150404000000");
    }

    @Test
    void aLevelNoLongerUnderTheOneAboveIsDropped() {
        assertThat(PickedRegion.of(List.of("150100000000", "150404000000"), null)).isEqualTo("150100000000");
    }

    @Test
    void aBlankLevelEndsTheChoice() {
        assertThat(PickedRegion.of(Arrays.asList("150400000000", "", "150404104000"), null)).isEqualTo("150400000000");
    }

    @Test
    void aChosenSearchResultWinsOverTheLevels() {
        assertThat(PickedRegion.of(List.of("150100000000"), "150404104200")).isEqualTo("150404104200");
    }

    @Test
    void aSingleValuePassesThroughEvenWhenUnreadable() {
        assertThat(PickedRegion.of(List.of("15x"), "")).isEqualTo("15x");
        assertThat(PickedRegion.of(List.of(), null)).isEmpty();
    }
}
