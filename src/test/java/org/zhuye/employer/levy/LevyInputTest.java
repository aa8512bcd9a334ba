package org.zhuye.employer.levy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class LevyInputTest {

    private static LevyInputException refused(LevyInput input) {
        return catchThrowableOfType(LevyInputException.class, input::toDeclaration);
    }

    @Test
    void everyProblemIsReportedAtOnceKeyedByField() {
        LevyInput input = new LevyInput(null, "15x", "COMPANY", -3, null, BigDecimal.valueOf(-1), BigDecimal.ZERO,
                List.of(new LevyInput.Employee(8, 0, 13)));
        assertThat(refused(input).fieldErrors()).containsOnlyKeys("year", "regionCode", "employerType", "staffCount",
                "wageTotal", "socialAverageWage", "disabledEmployees[0].category", "disabledEmployees[0].grade",
                "disabledEmployees[0].months");
        assertThat(refused(input).getMessage()).contains("第1名残疾职工的在岗月数（months）应为1–12，收到 13");
    }

    @Test
    void moreDisabledEmployeesThanTheDocumentedMaximumAreRefusedOnTheField() {
        List<LevyInput.Employee> many = java.util.Collections.nCopies(LevyInput.MAX_EMPLOYEES + 1,
                new LevyInput.Employee(4, 2, 12));
        LevyInput input = new LevyInput(2024, "150102000000", "PRIVATE_ENTERPRISE", 20_000, null, BigDecimal.TEN, null, many);
        assertThat(refused(input).fieldErrors()).containsOnlyKeys("disabledEmployees");
        assertThat(refused(input).fieldErrors().get("disabledEmployees")).contains("最多 10000 名，收到 10001 名");
    }

    @Test
    void monthlyHeadcountsMustBeTwelveNonNegativeNumbers() {
        LevyInput eleven = new LevyInput(2024, "15", "AGENCY", null, List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
                BigDecimal.TEN, null, null);
        assertThat(refused(eleven).getMessage()).contains("应正好12个，收到 11 个");
        LevyInput negative = new LevyInput(2024, "15", "AGENCY", null, List.of(1, 2, 3, 4, -5, 6, 7, 8, 9, 10, 11, 12),
                BigDecimal.TEN, null, null);
        assertThat(refused(negative).fieldErrors()).containsKey("monthlyHeadcounts[4]");
        LevyInput both = new LevyInput(2024, "15", "AGENCY", 10, List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
                BigDecimal.TEN, null, null);
        assertThat(refused(both).getMessage()).contains("只能填一项");
    }

    @Test
    void aValidInputBecomesADeclaration() {
        LevyDeclaration declaration = new LevyInput(2024, "150000000000", "PRIVATE_ENTERPRISE", 200, null,
                BigDecimal.valueOf(16_000_000), null, List.of(new LevyInput.Employee(4, 2, 12))).toDeclaration();
        assertThat(declaration.headcount().personMonths()).isEqualTo(2400);
        assertThat(declaration.disabledEmployees()).containsExactly(new DisabledEmployee(4, 2, 12));
    }
}
