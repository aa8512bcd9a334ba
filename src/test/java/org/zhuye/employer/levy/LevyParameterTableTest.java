package org.zhuye.employer.levy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhuye.employer.levy.LevyFixtures.row;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuye.region.RegionCode;

class LevyParameterTableTest {

    private static final RegionCode XILINGOL_COUNTY = RegionCode.of("152502");

    @Test
    void aRegionWithoutItsOwnRowInheritsTheNearestAncestors() {
        List<LevyParameterRow> rows = new ArrayList<>(LevyFixtures.rows("15", 2020, 2027));
        rows.add(row("1525", LevyParameter.SOCIAL_AVERAGE_WAGE, 2024, 2024, "90000"));
        LevyParameterTable table = new LevyParameterTable(rows);

        LevyParameters county = table.resolve(XILINGOL_COUNTY, 2024);
        assertThat(county.socialAverageWage()).isEqualByComparingTo("90000");
        assertThat(county.row(LevyParameter.SOCIAL_AVERAGE_WAGE).regionPrefix()).isEqualTo("1525");
        assertThat(county.quotaRatio()).isEqualByComparingTo("0.015");
        assertThat(county.row(LevyParameter.QUOTA_RATIO).regionPrefix()).isEqualTo("15");
        assertThat(table.resolve(RegionCode.of("1501"), 2024).socialAverageWage()).isEqualByComparingTo("85000");
        assertThat(table.resolve(XILINGOL_COUNTY, 2025).socialAverageWage()).isEqualByComparingTo("85000");
    }

    @Test
    void aYearWithoutParametersIsAnErrorNamingWhatIsMissing() {
        LevyParameterTable table = new LevyParameterTable(LevyFixtures.rows("15", 2020, 2027));
        assertThatThrownBy(() -> table.resolve(XILINGOL_COUNTY, 2028))
                .isInstanceOf(NoLevyParameters.class)
                .hasMessageContaining("2028 征收年度")
                .hasMessageContaining("安排残疾人就业比例")
                .hasMessageContaining("不会按其他年度推算");
    }

    @Test
    void aRegionOutsideEveryPrefixHasNoParameters() {
        LevyParameterTable table = new LevyParameterTable(LevyFixtures.rows("15", 2020, 2027));
        assertThatThrownBy(() -> table.resolve(RegionCode.of("11"), 2024)).isInstanceOf(NoLevyParameters.class);
    }

    @Test
    void twoRowsOfOnePrefixInForceTogetherAreRefused() {
        List<LevyParameterRow> rows = new ArrayList<>(LevyFixtures.rows("15", 2020, 2027));
        rows.add(row("15", LevyParameter.QUOTA_RATIO, 2024, null, "0.016"));
        LevyParameterTable table = new LevyParameterTable(rows);
        assertThatThrownBy(() -> table.resolve(XILINGOL_COUNTY, 2024))
                .isInstanceOf(NoLevyParameters.class).hasMessageContaining("同时有效");
        assertThat(table.resolve(XILINGOL_COUNTY, 2023).quotaRatio()).isEqualByComparingTo("0.015");
    }

    @Test
    void aRowInForceOnTheFirstOfJanuaryAppliesToThatCollectionYear() {
        List<LevyParameterRow> rows = new ArrayList<>(LevyFixtures.rows("15", 2020, 2027));
        rows.removeIf(r -> r.name() == LevyParameter.WAGE_CAP_MULTIPLE);
        rows.add(new LevyParameterRow("15", LevyParameter.WAGE_CAP_MULTIPLE, java.time.LocalDate.of(2023, 1, 2), null, "2", "C", "x"));
        rows.add(new LevyParameterRow("15", LevyParameter.WAGE_CAP_MULTIPLE, java.time.LocalDate.of(2020, 1, 1),
                java.time.LocalDate.of(2023, 1, 1), "3", "C", "x"));
        LevyParameterTable table = new LevyParameterTable(rows);
        assertThat(table.resolve(XILINGOL_COUNTY, 2023).wageCapMultiple()).isEqualByComparingTo("3");
        assertThat(table.resolve(XILINGOL_COUNTY, 2024).wageCapMultiple()).isEqualByComparingTo("2");
    }

    @Test
    void anUnreadableValueIsAnErrorNamingTheRow() {
        assertThatThrownBy(() -> LevyFixtures.with(LevyParameter.QUOTA_RATIO, "1.5%"))
                .isInstanceOf(NoLevyParameters.class).hasMessageContaining("安排残疾人就业比例").hasMessageContaining("1.5%");
        assertThatThrownBy(() -> LevyFixtures.with(LevyParameter.DOUBLE_COUNT_CATEGORIES, "5,8"))
                .isInstanceOf(NoLevyParameters.class).hasMessageContaining("1–7");
        assertThatThrownBy(() -> LevyFixtures.with(LevyParameter.HEADCOUNT_ROUNDING, "CEILING"))
                .isInstanceOf(NoLevyParameters.class).hasMessageContaining("HALF_UP");
    }
}
