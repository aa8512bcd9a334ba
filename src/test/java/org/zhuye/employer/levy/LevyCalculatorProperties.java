package org.zhuye.employer.levy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.zhuye.employer.EmployerType;

/** The levy's invariants over random declarations, with rules.md's parameters (collection year 2024). */
class LevyCalculatorProperties {

    private final LevyCalculator calculator = new LevyCalculator();
    private final LevyParameters parameters = LevyFixtures.parameters();

    @Provide
    Arbitrary<DisabledEmployee> employees() {
        return Combinators.combine(Arbitraries.integers().between(1, 7), Arbitraries.integers().between(1, 4),
                Arbitraries.integers().between(1, 12)).as(DisabledEmployee::new);
    }

    @Provide
    Arbitrary<Headcount> headcounts() {
        Arbitrary<Headcount> single = Arbitraries.integers().between(1, 3000).map(Headcount::of);
        Arbitrary<Headcount> monthly = Arbitraries.integers().between(0, 3000).list().ofSize(12)
                .filter(list -> list.stream().mapToInt(Integer::intValue).sum() >= 6).map(Headcount::monthly);
        return Arbitraries.oneOf(single, monthly);
    }

    @Provide
    Arbitrary<LevyDeclaration> declarations() {
        Arbitrary<BigDecimal> wages = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(600_000_000L)).ofScale(2);
        Arbitrary<BigDecimal> social = Arbitraries.bigDecimals().between(BigDecimal.valueOf(30_000), BigDecimal.valueOf(200_000))
                .ofScale(2).injectNull(0.5);
        return Combinators.combine(Arbitraries.of(EmployerType.class), headcounts(), wages, social,
                employees().list().ofMaxSize(30))
                .as((type, headcount, wage, wageOverride, list) -> new LevyDeclaration(LevyFixtures.YEAR,
                        LevyFixtures.INNER_MONGOLIA, type, headcount, wage, wageOverride, list));
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

    @Property
    void addingADisabledEmployeeNeverRaisesTheLevy(@ForAll("declarations") LevyDeclaration declaration,
                                                   @ForAll("employees") DisabledEmployee extra) {
        LevyResult before = calculator.calculate(declaration, parameters);
        LevyResult after = calculator.calculate(adding(declaration, extra), parameters);
        assertThat(after.due()).isLessThanOrEqualTo(before.due());
        assertThat(after.counted()).isGreaterThan(before.counted());
    }

    @Property
    void noFigureIsEverNegative(@ForAll("declarations") LevyDeclaration declaration) {
        LevyResult result = calculator.calculate(declaration, parameters);
        assertThat(result.due()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        assertThat(result.counted()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        if (!result.exempt()) {
            assertThat(result.shortfall()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            assertThat(result.required()).isGreaterThan(BigDecimal.ZERO);
            assertThat(result.base()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        }
    }

    /** The amount is the exact product rounded half up to whole fen, recomputed here independently. */
    @Property
    void theAmountIsTheExactProductRoundedToTheFen(@ForAll("declarations") LevyDeclaration declaration) {
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
    }

    @Property
    void enterprisesAreExemptUpToThirtyStaffAndNotOneMore(@ForAll @IntRange(min = 1, max = 200) int staff,
                                                          @ForAll("employees") DisabledEmployee employee) {
        for (EmployerType type : EmployerType.values()) {
            LevyResult result = calculator.calculate(staffed(type, staff, 80_000L * staff, List.of(employee)), parameters);
            assertThat(result.exempt()).as("%s with %d staff", type, staff).isEqualTo(type.enterprise() && staff <= 30);
        }
    }

    @Property
    void monthlyHeadcountsAreExemptExactlyWhenTheirRoundedAverageIsThirtyOrLess(@ForAll @IntRange(min = 12 * 28, max = 12 * 33) int personMonths) {
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
    }

    /** k persons among 100k staff is exactly 1%: 50%; one month less of one of them: 90%. */
    @Property
    void theFiftyPercentTierStartsExactlyAtOnePercent(@ForAll @IntRange(min = 1, max = 40) int k) {
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
    }

    /** 3k persons among 200k staff is exactly 1.5%: nothing due; one month less: the 50% tier. */
    @Property
    void nothingIsDueExactlyFromTheQuota(@ForAll @IntRange(min = 1, max = 30) int k) {
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
    }

    @Property
    void everyStepNamesItsRuleAndResult(@ForAll("declarations") LevyDeclaration declaration) {
        LevyResult result = calculator.calculate(declaration, parameters);
        assertThat(result.steps()).isNotEmpty().allSatisfy(step -> {
            assertThat(step.rule()).isNotBlank();
            assertThat(step.result()).isNotBlank();
        });
        assertThat(result.steps().get(result.steps().size() - 1).result()).contains(LevyFigures.yuan(result.due()));
    }
}
