package org.zhuye.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ServiceMasksTest {

    @Test
    void masksAreFoundAfterGrowthAndChangesReplaceOrRemoveThem() {
        ServiceMasks.Builder builder = new ServiceMasks.Builder(4);  // grows as ids arrive
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 5000; i++) {
            long id = 1 + random.nextInt(20_000);
            int bit = 1 << random.nextInt(4);
            builder.put(id, bit);
            expected.merge(id, bit, (a, b) -> a | b);
        }
        ServiceMasks masks = builder.build();
        assertThat(masks.size()).isEqualTo(expected.size());
        expected.forEach((id, mask) -> assertThat(masks.get(id)).isEqualTo(mask));
        assertThat(masks.get(50_000)).isZero();

        long someone = expected.keySet().iterator().next();
        ServiceMasks changed = masks.with(Map.of(someone, 0, 99_999L, ServiceKind.ALL));
        assertThat(changed.get(someone)).isZero();
        assertThat(changed.get(99_999)).isEqualTo(ServiceKind.ALL);
        assertThat(changed.size()).isEqualTo(expected.size());
        assertThat(masks.get(someone)).as("the old table is unchanged").isEqualTo(expected.get(someone));
    }
}
