package org.zhuye.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionCodeTest {

    @Test
    void significantPrefixAndFullCodeParseToTheSameRegion() {
        assertThat(RegionCode.of("1501")).isEqualTo(RegionCode.of("150100000000"));
        assertThat(RegionCode.of("150102001")).isEqualTo(RegionCode.of("150102001000"));
    }

    @Test
    void levelFollowsTheLastNonZeroSegment() {
        assertThat(RegionCode.of("15").level()).isEqualTo(1);
        assertThat(RegionCode.of("1501").level()).isEqualTo(2);
        assertThat(RegionCode.of("150102").level()).isEqualTo(3);
        assertThat(RegionCode.of("150123100").level()).isEqualTo(4);
        assertThat(RegionCode.of("150123100200").level()).isEqualTo(5);
    }

    @Test
    void parentDropsTheLastSegment() {
        assertThat(RegionCode.of("150923102216").parent()).contains(RegionCode.of("150923102"));
        assertThat(RegionCode.of("150923102").parent()).contains(RegionCode.of("150923"));
        assertThat(RegionCode.of("15").parent()).isEmpty();
    }

    @Test
    void aCityWithoutCountiesParentsItsTownshipsDirectly() {
        // 东莞市 has no county level: its townships 4419000xx sit directly under 4419.
        assertThat(RegionCode.of("441900003").level()).isEqualTo(4);
        assertThat(RegionCode.of("441900003").parent()).contains(RegionCode.of("4419"));
    }

    @Test
    void rejectsLengthsThatAreNoLevelsPrefix() {
        assertThat(RegionCode.parse("150")).isEmpty();
        assertThat(RegionCode.parse("15010")).isEmpty();
        assertThat(RegionCode.parse("1501020010011")).isEmpty();
        assertThat(RegionCode.parse("15a1")).isEmpty();
        assertThat(RegionCode.parse("00")).isEmpty();
        assertThat(RegionCode.parse(null)).isEmpty();
    }

    @Test
    void prefixContainmentIsByLevelNotByText() {
        // 150102 (新城区) is not within 150103, though "1501" starts both.
        assertThat(RegionCode.of("150102001").isWithin(RegionCode.of("150102"))).isTrue();
        assertThat(RegionCode.of("150102001").isWithin(RegionCode.of("150103"))).isFalse();
        assertThat(RegionCode.of("150203").isWithin(RegionCode.of("1501"))).isFalse();
        assertThat(RegionCode.of("1501").isWithin(RegionCode.of("150102"))).isFalse();
    }
}
