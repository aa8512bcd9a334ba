package org.zhuye.employer.levy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhuye.employer.levy.LevyFixtures.declaration;
import static org.zhuye.employer.levy.LevyFixtures.employee;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.zhuye.employer.EmployerType;

class LevyExplanationTest {

    private final LevyCalculator calculator = new LevyCalculator();

    private static Map<String, LevyStep> steps(LevyResult result) {
        return result.steps().stream().collect(Collectors.toMap(LevyStep::key, s -> s));
    }

    @Test
    void everyStepOfATaxedDeclarationShowsItsArithmetic() {
        LevyResult result = calculator.calculate(declaration(EmployerType.PRIVATE_ENTERPRISE, 120, 9_000_000,
                employee(4, 4, 12), employee(1, 4, 6)), LevyFixtures.parameters());
        Map<String, LevyStep> steps = steps(result);
        assertThat(steps.get("COUNTED").result()).isEqualTo("1人肢体四级全年在岗：每人按1人 = 1；1人视力四级在岗6个月：每人按1人×6/12 = 0.5；合计 1.5 人");
        assertThat(steps.get("COUNTED").rule()).contains("智力（5）、精神（6）残疾人不论等级");
        assertThat(steps.get("CAP").result()).isEqualTo("85,000.00 × 2 = 170,000.00 元");
        assertThat(steps.get("BASE").result()).isEqualTo("9,000,000.00 ÷ 120 = 75,000.00 元，未超过上限 170,000.00 元，计征基数 75,000.00 元");
        assertThat(steps.get("REQUIRED").result()).isEqualTo("120 × 1.5% = 1.8");
        assertThat(steps.get("SHORTFALL").result()).isEqualTo("1.8 − 1.5 = 0.3");
        assertThat(steps.get("TIER").result()).isEqualTo("实际安排比例 1.25%，达到 1%（含）但未达到 1.5%，按 50% 征收");
        assertThat(steps.get("DUE").result()).isEqualTo("0.3 × 75,000.00 × 50% = 11,250.00 元");
    }

    @Test
    void anUnconfirmedParameterIsMarkedWhereverItIsCited() {
        LevyParameterRow unconfirmed = new LevyParameterRow("15", LevyParameter.PART_YEAR_COUNTING,
                java.time.LocalDate.of(2024, 1, 1), null, "BY_MONTH", "U", "按月折算");
        Map<LevyParameter, LevyParameterRow> rows = new java.util.EnumMap<>(LevyFixtures.parameters().rows());
        rows.put(LevyParameter.PART_YEAR_COUNTING, unconfirmed);
        LevyParameters parameters = LevyParameters.of(LevyFixtures.YEAR, "150000000000", rows);
        LevyResult result = calculator.calculate(declaration(EmployerType.AGENCY, 100, 7_000_000), parameters);
        assertThat(steps(result).get("COUNTED").parameter()).contains("按月折算【未确认，待核实】");
        assertThat(parameters.anyUnconfirmed()).isTrue();
    }

    @Test
    void manyKindsOfEmployeeAreSummedUpRatherThanListed() {
        List<DisabledEmployee> employees = new ArrayList<>();
        for (int category = 1; category <= 7; category++) {
            employees.add(employee(category, 3, 12));
            employees.add(employee(category, 4, 6));
        }
        LevyResult result = calculator.calculate(declaration(EmployerType.AGENCY, 2000, 160_000_000,
                employees.toArray(DisabledEmployee[]::new)), LevyFixtures.parameters());
        // 智力 and 精神 count twice: 2 × (2 + 2 × 0.5) = 6; the other five: 5 × (1 + 0.5) = 7.5.
        assertThat(result.counted()).isEqualByComparingTo("13.5");
        assertThat(steps(result).get("COUNTED").result())
                .isEqualTo("按2人计算 4 人（其中按月折算 2 人），按1人计算 10 人（其中按月折算 5 人）；合计 13.5 人");
    }

    @Test
    void aQuotaExceededShowsTheShortfallAsZero() {
        LevyResult result = calculator.calculate(declaration(EmployerType.AGENCY, 100, 7_000_000, employee(6, 3, 12)),
                LevyFixtures.parameters());
        assertThat(steps(result).get("SHORTFALL").result()).isEqualTo("1.5 − 2 < 0，按 0 计");
        assertThat(steps(result).get("DUE").result()).isEqualTo("应缴 0.00 元");
    }
}
