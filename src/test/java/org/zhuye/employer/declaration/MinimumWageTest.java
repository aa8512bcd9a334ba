package org.zhuye.employer.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.testing.ZhuyeTest;

/** The minimum wage a county's employees are held to, by its area class (V9, V11). */
@ZhuyeTest
class MinimumWageTest {

    @Autowired
    DeclarationParameters parameters;

    private BigDecimal on(String village, String day) {
        return parameters.minimumWage(village, LocalDate.parse(day)).orElseThrow().monthly();
    }

    @Test
    void fromDecember2024EachCountyHasItsAreaClassesWage() {
        assertThat(on("150102001001", "2024-12-31")).isEqualByComparingTo("2270");   // 新城区, class 1
        assertThat(on("150402001001", "2024-12-31")).isEqualByComparingTo("2200");   // 红山区, class 2
        assertThat(on("150782000000", "2024-12-31")).isEqualByComparingTo("2140");   // 牙克石市, class 3
    }

    @Test
    void beforeDecember2024TheWholeRegionHeldTheLowestClassesWage() {
        assertThat(on("150102001001", "2024-11-30")).isEqualByComparingTo("1850");
        assertThat(on("150782000000", "2023-12-31")).isEqualByComparingTo("1850");
    }
}
