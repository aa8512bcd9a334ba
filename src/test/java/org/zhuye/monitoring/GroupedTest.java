package org.zhuye.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

class GroupedTest {

    @Test
    void groupsThousandsAndRoundsHalfUp() {
        assertThat(Grouped.number(new BigDecimal("1234567.85"), 1)).isEqualTo("1,234,567.9");
        assertThat(Grouped.number(new BigDecimal("-1234.5"), 0)).isEqualTo("-1,235");
        assertThat(Grouped.number(999)).isEqualTo("999");
        assertThat(Grouped.number(1000)).isEqualTo("1,000");
        assertThat(Grouped.number(0.05, 1)).isEqualTo("0.1");
        assertThat(Grouped.number(Double.NaN, 1)).isEqualTo("—");
        assertThat(Grouped.plain(1234.56, 1)).isEqualTo("1234.6");
    }

    /** What it replaced, on many numbers: the same text as String.format's grouping, wherever no tie is rounded. */
    @Test
    void writesWhatFormatterWrote() {
        Random random = new Random(20261206);
        for (int i = 0; i < 20_000; i++) {
            long whole = random.nextLong() % 10_000_000_000L;
            int scale = random.nextInt(3);
            BigDecimal value = BigDecimal.valueOf(whole, scale + random.nextInt(2));
            assertThat(Grouped.number(value, scale)).as(value + " at " + scale)
                    .isEqualTo(String.format(Locale.SIMPLIFIED_CHINESE, "%,." + scale + "f", value));
        }
    }
}
