package org.zhuye.employer.levy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhuye.employer.EmployerType.PRIVATE_ENTERPRISE;
import static org.zhuye.employer.EmployerType.PUBLIC_INSTITUTION;
import static org.zhuye.employer.levy.LevyFixtures.declaration;
import static org.zhuye.employer.levy.LevyFixtures.employee;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuye.employer.EmployerType;

/** The worked examples of rules.md §1.4, vectors A–I and T7, with rules.md's parameters. */
class LevyVectorsTest {

    private final LevyCalculator calculator = new LevyCalculator();

    private LevyResult levy(LevyDeclaration declaration) {
        return calculator.calculate(declaration, LevyFixtures.parameters());
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void vectorA_anEnterpriseOf28StaffIsExempt() {
        LevyResult result = levy(declaration(PRIVATE_ENTERPRISE, 28, 2_240_000));
        assertThat(result.exempt()).isTrue();
        assertThat(result.due()).isEqualTo(d("0.00"));
        assertThat(result.factor()).isNull();
        assertThat(result.steps()).extracting(LevyStep::key).containsExactly("STAFF", "COUNTED", "EXEMPTION", "DUE");
    }

    @Test
    void vectorA2_theSameEnterpriseWith31StaffPays90PercentOfAFractionalShortfall() {
        LevyResult result = levy(declaration(PRIVATE_ENTERPRISE, 31, 2_480_000));
        assertThat(result.exempt()).isFalse();
        assertThat(result.base()).isEqualByComparingTo("80000");
        assertThat(result.required()).isEqualByComparingTo("0.465");
        assertThat(result.shortfall()).isEqualByComparingTo("0.465");
        assertThat(result.factor()).isEqualByComparingTo("0.9");
        assertThat(result.due()).isEqualTo(d("33480.00"));
    }

    @Test
    void vectorB_levyIsHalvedWhenRatioReachesOnePercent() {
        LevyResult result = levy(declaration(PRIVATE_ENTERPRISE, 200, 16_000_000, employee(4, 2, 12)));
        assertThat(result.counted()).isEqualByComparingTo("2");
        assertThat(result.required()).isEqualByComparingTo("3");
        assertThat(result.shortfall()).isEqualByComparingTo("1");
        assertThat(result.ratio()).isEqualByComparingTo("0.01");
        assertThat(result.factor()).isEqualByComparingTo("0.5");
        assertThat(result.due()).isEqualTo(d("40000.00"));
    }

    @Test
    void vectorC_belowOnePercentPays90Percent() {
        LevyResult result = levy(declaration(PRIVATE_ENTERPRISE, 400, 38_000_000, employee(4, 4, 12), employee(1, 3, 12)));
        assertThat(result.counted()).isEqualByComparingTo("2");
        assertThat(result.base()).isEqualByComparingTo("95000");
        assertThat(result.ratio()).isEqualByComparingTo("0.005");
        assertThat(result.factor()).isEqualByComparingTo("0.9");
        assertThat(result.due()).isEqualTo(d("342000.00"));
    }

    @Test
    void vectorD_anAverageWageAboveTwiceTheSocialAverageIsCapped() {
        LevyResult result = levy(declaration(PRIVATE_ENTERPRISE, 150, 30_000_000));
        assertThat(result.base()).isEqualByComparingTo("170000");
        assertThat(result.shortfall()).isEqualByComparingTo("2.25");
        assertThat(result.due()).isEqualTo(d("344250.00"));
        assertThat(result.steps()).filteredOn(s -> s.key().equals("BASE")).singleElement()
                .extracting(LevyStep::result).asString().contains("200,000.00", "按上限 170,000.00 元计");
    }

    @Test
    void vectorE_anIntellectualGrade3WorkerCountsTwiceInInnerMongoliaAndMeetsTheQuota() {
        LevyResult result = levy(declaration(PRIVATE_ENTERPRISE, 100, 7_000_000, employee(5, 3, 12)));
        assertThat(result.counted()).isEqualByComparingTo("2");
        assertThat(result.shortfall()).isEqualByComparingTo("0");
        assertThat(result.factor()).isEqualByComparingTo("0");
        assertThat(result.due()).isEqualTo(d("0.00"));
    }

    @Test
    void vectorE2_underTheNationalRuleAloneTheSameWorkerCountsOnce() {
        LevyParameters national = LevyFixtures.with(LevyParameter.DOUBLE_COUNT_CATEGORIES, "");
        LevyResult result = calculator.calculate(declaration(PRIVATE_ENTERPRISE, 100, 7_000_000, employee(5, 3, 12)), national);
        assertThat(result.counted()).isEqualByComparingTo("1");
        assertThat(result.shortfall()).isEqualByComparingTo("0.5");
        assertThat(result.factor()).isEqualByComparingTo("0.5");
        assertThat(result.due()).isEqualTo(d("17500.00"));
    }

    @Test
    void vectorE_aMentalDisabilityOfAnyGradeAlsoCountsTwice() {
        assertThat(levy(declaration(PRIVATE_ENTERPRISE, 100, 7_000_000, employee(6, 4, 12))).counted()).isEqualByComparingTo("2");
        assertThat(levy(declaration(PRIVATE_ENTERPRISE, 100, 7_000_000, employee(7, 3, 12))).counted()).isEqualByComparingTo("1");
        assertThat(levy(declaration(PRIVATE_ENTERPRISE, 100, 7_000_000, employee(7, 1, 12))).counted()).isEqualByComparingTo("2");
    }

    @Test
    void vectorF_exactlyOnePercentFallsInTheFiftyPercentTier() {
        LevyResult result = levy(declaration(PRIVATE_ENTERPRISE, 300, 27_000_000, employee(2, 1, 12), employee(4, 4, 12)));
        assertThat(result.counted()).isEqualByComparingTo("3");
        assertThat(result.ratio()).isEqualByComparingTo("0.01");
        assertThat(result.factor()).isEqualByComparingTo("0.5");
        assertThat(result.due()).isEqualTo(d("67500.00"));
    }

    @Test
    void vectorG_justUnderTheQuotaPaysForAHundredthOfAPerson() {
        LevyResult result = levy(declaration(PRIVATE_ENTERPRISE, 134, 10_720_000, employee(4, 2, 12)));
        assertThat(result.required()).isEqualByComparingTo("2.01");
        assertThat(result.shortfall()).isEqualByComparingTo("0.01");
        assertThat(result.ratio()).isEqualByComparingTo("0.014925");
        assertThat(result.factor()).isEqualByComparingTo("0.5");
        assertThat(result.due()).isEqualTo(d("400.00"));
        assertThat(result.steps()).filteredOn(s -> s.key().equals("TIER")).singleElement()
                .extracting(LevyStep::result).asString().contains("1.49%");
    }

    @Test
    void vectorH_aPublicInstitutionOf28StaffIsNotExempt() {
        LevyResult result = levy(declaration(PUBLIC_INSTITUTION, 28, 2_800_000));
        assertThat(result.exempt()).isFalse();
        assertThat(result.shortfall()).isEqualByComparingTo("0.42");
        assertThat(result.due()).isEqualTo(d("37800.00"));
        assertThat(result.steps()).filteredOn(s -> s.key().equals("EXEMPTION")).singleElement()
                .extracting(LevyStep::result).asString().contains("事业单位不是企业");
    }

    @Test
    void vectorI_aPartYearEmployeeCountsByMonth() {
        LevyResult result = levy(declaration(PRIVATE_ENTERPRISE, 120, 9_000_000, employee(4, 4, 12), employee(1, 4, 6)));
        assertThat(result.counted()).isEqualByComparingTo("1.5");
        assertThat(result.required()).isEqualByComparingTo("1.8");
        assertThat(result.shortfall()).isEqualByComparingTo("0.3");
        assertThat(result.ratio()).isEqualByComparingTo("0.0125");
        assertThat(result.due()).isEqualTo(d("11250.00"));
    }

    private static final List<Integer> T7_LOW = List.of(28, 29, 30, 30, 31, 31, 32, 32, 31, 30, 30, 31);
    private static final List<Integer> T7_HIGH = List.of(29, 29, 30, 30, 31, 31, 32, 32, 31, 31, 30, 31);

    private LevyResult t7(List<Integer> monthly, String rounding) {
        LevyDeclaration declaration = new LevyDeclaration(LevyFixtures.YEAR, LevyFixtures.INNER_MONGOLIA, PRIVATE_ENTERPRISE,
                Headcount.monthly(monthly), BigDecimal.valueOf(2_400_000), null, List.of());
        return calculator.calculate(declaration, LevyFixtures.with(LevyParameter.HEADCOUNT_ROUNDING, rounding));
    }

    @Test
    void vectorT7_anAverageOf30Point42RoundsTo30AndIsExemptEitherWay() {
        assertThat(t7(T7_LOW, "HALF_UP").exempt()).isTrue();
        assertThat(t7(T7_LOW, "HALF_UP").staff()).isEqualByComparingTo("30");
        assertThat(t7(T7_LOW, "DOWN").exempt()).isTrue();
    }

    @Test
    void vectorT7_anAverageOf30Point58IsExemptOnlyWhenTruncated() {
        LevyResult halfUp = t7(T7_HIGH, "HALF_UP");
        assertThat(halfUp.staff()).isEqualByComparingTo("31");
        assertThat(halfUp.exempt()).isFalse();
        assertThat(halfUp.steps().get(0).result()).contains("= 367", "30.5833", "四舍五入取整为 31 人");
        LevyResult truncated = t7(T7_HIGH, "DOWN");
        assertThat(truncated.staff()).isEqualByComparingTo("30");
        assertThat(truncated.exempt()).isTrue();
    }

    @Test
    void vectorT7_keepingTheDecimalMakesAnyAverageAbove30Taxable() {
        LevyResult kept = t7(T7_LOW, "NONE");
        assertThat(kept.staff()).isEqualByComparingTo("30.4167");
        assertThat(kept.exempt()).isFalse();
        // 365/12 staff, 2,400,000 wages: shortfall 365/12 × 1.5% = 0.45625, base 78,904.11 (12 × 2.4M / 365), 90%.
        assertThat(kept.due()).isEqualTo(d("32400.00"));
    }
}
