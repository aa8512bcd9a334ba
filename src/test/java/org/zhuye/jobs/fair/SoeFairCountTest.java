package org.zhuye.jobs.fair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SoeFairCountTest {

    @Test
    void everyLeagueHasAColumnPerYearAndYearsWithoutAFairAreBelowTarget() {
        Map<String, String> leagues = new LinkedHashMap<>();
        leagues.put("150100000000", "呼和浩特市");
        leagues.put("152900000000", "阿拉善盟");

        SoeFairCount count = SoeFairCount.of(leagues, Map.of("1501", Map.of(2025, 2, 2026, 1)), 2024, 2026);

        assertThat(count.years()).containsExactly(2024, 2025, 2026);
        assertThat(count.rows().get(0).counts()).containsExactly(0, 2, 1);
        assertThat(count.rows().get(0).below(0)).isTrue();
        assertThat(count.rows().get(0).below(1)).isFalse();
        assertThat(count.rows().get(1).counts()).containsExactly(0, 0, 0);
        assertThat(count.gaps()).isEqualTo(4);
    }
}
