package org.zhuye.employer.levy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuye.employer.EmployerType;
import org.zhuye.testing.Inputs;
import org.zhuye.testing.Tries;

/** The levy's invariants over random declarations, with rules.md's parameters (collection year 2024). */
class LevyCalculatorProperties {

    private final LevyCalculator calculator = new LevyCalculator();
    private final LevyParameters parameters = LevyFixtures.parameters();

    static DisabledEmployee employee(Inputs in) {
        return in.of(e -> new DisabledEmployee(e.between(1, 7), e.between(1, 4), e.between(1, 12)));
    }

    static Headcount headcount(Inputs in) {
        if (in.bool()) {
            return Headcount.of(in.between(1, 3000));
        }
        List<Integer> monthly;
        do {
            monthly = in.list(12, 12, m -> m.between(0, 3000));
        } while (monthly.stream().mapToInt(Integer::intValue).sum() < 6);
        return Headcount.monthly(monthly);
    }

    static LevyDeclaration declaration(Inputs in) {
        return in.of(d -> {
            EmployerType type = d.oneOf(EmployerType.class);
            Headcount headcount = headcount(d);
            BigDecimal wage = d.decimal(BigDecimal.ZERO, BigDecimal.valueOf(600_000_000L), 2);
            BigDecimal wageOverride = d.chance(0.5) ? null
                    : d.decimal(BigDecimal.valueOf(30_000), BigDecimal.valueOf(200_000), 2);
            List<DisabledEmployee> list = d.list(0, 30, LevyCalculatorProperties::employee);
            return new LevyDeclaration(LevyFixtures.YEAR, LevyFixtures.INNER_MONGOLIA, type, headcount, wage, wageOverride, list);
        });
    }

    private static LevyDeclaration adding(LevyDeclaration d, DisabledEmployee extra) {
        List<DisabledEmployee> more = new ArrayList<>(d.disabledEmployees());
        more.add(extra);
        return new LevyDeclaration(d.year(), d.region(), d.employerType(), d.headcount(), d.wageTotal(),
                d.socialAverageWage(), more);
    }

    private static LevyDeclaration staffed(EmployerType type, int staff, long wageTotal, List<DisabledEmployee> employees) {
        return new LevyDeclaration(LevyFixtures.YEAR, LevyFixtures.INNER_MONGOLIA, type, Headcount.of(staff),
                BigDecimal.valueOf(wageTotal), null, employees);
    }

    @Test
    void addingADisabledEmployeeNeverRaisesTheLevy() {
        Tries.check(in -> {
            LevyDeclaration declaration = declaration(in);
            DisabledEmployee extra = employee(in);
            LevyResult before = calculator.calculate(declaration, parameters);
            LevyResult after = calculator.calculate(adding(declaration, extra), parameters);
            assertThat(after.due()).isLessThanOrEqualTo(before.due());
            assertThat(after.counted()).isGreaterThan(before.counted());
        });
    }

    @Test
    void noFigureIsEverNegative() {
        Tries.check(in -> {
            LevyDeclaration declaration = declaration(in);
            LevyResult result = calculator.calculate(declaration, parameters);
            assertThat(result.due()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            assertThat(result.counted()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            if (!result.exempt()) {
                assertThat(result.shortfall()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
                assertThat(result.required()).isGreaterThan(BigDecimal.ZERO);
                assertThat(result.base()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            }
        });
    }

    /** The amount is the exact product rounded half up to whole fen, recomputed here independently. */
    @Test
    void theAmountIsTheExactProductRoundedToTheFen() {
        Tries.check(in -> {
            LevyDeclaration declaration = declaration(in);
            LevyResult result = calculator.calculate(declaration, parameters);
            assertThat(result.due().scale()).isEqualTo(2);
            if (result.exempt()) {
                assertThat(result.due()).isEqualByComparingTo("0");
                return;
            }
            // Exact: every quantity is kept as a numerator over one denominator (twelfths, and the staff
            // for the average wage), so the only division is the final one. A 40-digit recomputation
            // is not enough: at a tie (….xx5 exactly) its last digit decides the rounding.
            BigDecimal staff = BigDecimal.valueOf(declaration.headcount().personMonths()).divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP);
            long countedTwelfths = 0;
            for (DisabledEmployee e : declaration.disabledEmployees()) {
                int weight = e.grade() <= 2 || e.category() == 5 || e.category() == 6 ? 2 : 1;
                countedTwelfths += (long) weight * e.months();
            }
            BigDecimal counted = BigDecimal.valueOf(countedTwelfths);
            BigDecimal twelve = BigDecimal.valueOf(12);
            BigDecimal shortfallTwelfths = staff.multiply(new BigDecimal("0.015")).multiply(twelve).subtract(counted).max(BigDecimal.ZERO);
            BigDecimal social = declaration.socialAverageWage() != null ? declaration.socialAverageWage() : BigDecimal.valueOf(85_000);
            BigDecimal cap = social.multiply(BigDecimal.valueOf(2));
            boolean capped = declaration.wageTotal().compareTo(cap.multiply(staff)) > 0;
            BigDecimal factor = counted.compareTo(new BigDecimal("0.12").multiply(staff)) >= 0 ? new BigDecimal("0.5") : new BigDecimal("0.9");
            BigDecimal numerator = shortfallTwelfths.multiply(capped ? cap : declaration.wageTotal()).multiply(factor);
            BigDecimal denominator = capped ? twelve : twelve.multiply(staff);
            assertThat(result.due().multiply(denominator).subtract(numerator).abs())
                    .isLessThanOrEqualTo(new BigDecimal("0.005").multiply(denominator));
            assertThat(result.due()).isEqualByComparingTo(numerator.divide(denominator, 2, RoundingMode.HALF_UP));
        });
    }

    @Test
    void enterprisesAreExemptUpToThirtyStaffAndNotOneMore() {
        Tries.check(in -> {
            int staff = in.between(1, 200);
            DisabledEmployee employee = employee(in);
            for (EmployerType type : EmployerType.values()) {
                LevyResult result = calculator.calculate(staffed(type, staff, 80_000L * staff, List.of(employee)), parameters);
                assertThat(result.exempt()).as("%s with %d staff", type, staff).isEqualTo(type.enterprise() && staff <= 30);
            }
        });
    }

    @Test
    void monthlyHeadcountsAreExemptExactlyWhenTheirRoundedAverageIsThirtyOrLess() {
        Tries.check(in -> {
            int personMonths = in.between(12 * 28, 12 * 33);
            List<Integer> monthly = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                monthly.add(personMonths / 12 + (i < personMonths % 12 ? 1 : 0));
            }
            LevyDeclaration declaration = new LevyDeclaration(LevyFixtures.YEAR, LevyFixtures.INNER_MONGOLIA,
                    EmployerType.PRIVATE_ENTERPRISE, Headcount.monthly(monthly), BigDecimal.valueOf(2_400_000), null, List.of());
            // Half up: 30.5 (366 person-months) is the first average that rounds to 31.
            assertThat(calculator.calculate(declaration, parameters).exempt()).isEqualTo(personMonths < 366);
            LevyParameters truncating = LevyFixtures.with(LevyParameter.HEADCOUNT_ROUNDING, "DOWN");
            assertThat(calculator.calculate(declaration, truncating).exempt()).isEqualTo(personMonths < 372);
        });
    }

    /** k persons among 100k staff is exactly 1%: 50%; one month less of one of them: 90%. */
    @Test
    void theFiftyPercentTierStartsExactlyAtOnePercent() {
        Tries.check(in -> {
            int k = in.between(1, 40);
            List<DisabledEmployee> atOnePercent = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                atOnePercent.add(new DisabledEmployee(4, 4, 12));
            }
            List<DisabledEmployee> justBelow = new ArrayList<>(atOnePercent.subList(1, k));
            justBelow.add(new DisabledEmployee(4, 4, 11));
            int staff = 100 * k;
            assertThat(calculator.calculate(staffed(EmployerType.AGENCY, staff, 80_000L * staff, atOnePercent), parameters).factor())
                    .isEqualByComparingTo("0.5");
            assertThat(calculator.calculate(staffed(EmployerType.AGENCY, staff, 80_000L * staff, justBelow), parameters).factor())
                    .isEqualByComparingTo("0.9");
        });
    }

    /** 3k persons among 200k staff is exactly 1.5%: nothing due; one month less: the 50% tier. */
    @Test
    void nothingIsDueExactlyFromTheQuota() {
        Tries.check(in -> {
            int k = in.between(1, 30);
            List<DisabledEmployee> atQuota = new ArrayList<>();
            for (int i = 0; i < 3 * k; i++) {
                atQuota.add(new DisabledEmployee(2, 3, 12));
            }
            List<DisabledEmployee> justBelow = new ArrayList<>(atQuota.subList(1, 3 * k));
            justBelow.add(new DisabledEmployee(2, 3, 11));
            int staff = 200 * k;
            LevyResult met = calculator.calculate(staffed(EmployerType.STATE_OWNED_ENTERPRISE, staff, 80_000L * staff, atQuota), parameters);
            assertThat(met.due()).isEqualByComparingTo("0");
            assertThat(met.factor()).isEqualByComparingTo("0");
            LevyResult below = calculator.calculate(staffed(EmployerType.STATE_OWNED_ENTERPRISE, staff, 80_000L * staff, justBelow), parameters);
            assertThat(below.factor()).isEqualByComparingTo("0.5");
            // One twelfth of a person × 80,000 × 50%.
            assertThat(below.due()).isEqualByComparingTo("3333.33");
        });
    }

    @Test
    void everyStepNamesItsRuleAndResult() {
        Tries.check(in -> {
            LevyDeclaration declaration = declaration(in);
            LevyResult result = calculator.calculate(declaration, parameters);
            assertThat(result.steps()).isNotEmpty().allSatisfy(step -> {
                assertThat(step.rule()).isNotBlank();
                assertThat(step.result()).isNotBlank();
            });
            assertThat(result.steps().get(result.steps().size() - 1).result()).contains(LevyFigures.yuan(result.due()));
        });
    }
}
