package org.zhuye.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.testing.ZhuyeTest;

/** The seeded rules (men 60→63, women 55→58 from 2025; 60 and 55 before) applied on boundary birthdays. */
@ZhuyeTest
class WorkingAgeRulesTest {

    static final String VILLAGE = "152923101201";

    @Autowired
    WorkingAgeRules rules;

    private boolean working(Sex sex, String born, String on) {
        return rules.on(VILLAGE, LocalDate.parse(on)).isOfWorkingAge(sex, LocalDate.parse(born), LocalDate.parse(on));
    }

    @Test
    void aManBornInMarch1965WorksUntilSixtyYearsAndOneMonth() {
        assertThat(working(Sex.MALE, "1965-03-12", "2025-04-11")).isTrue();
        assertThat(working(Sex.MALE, "1965-03-12", "2025-04-12")).isFalse();
    }

    @Test
    void aManBornInSeptember1976OrLaterWorksUntilSixtyThree() {
        assertThat(working(Sex.MALE, "1976-09-30", "2039-09-29")).isTrue();
        assertThat(working(Sex.MALE, "1976-09-30", "2039-09-30")).isFalse();
    }

    @Test
    void aWomanBornInFebruary1971RetiresAtFiftyFiveYearsAndFourMonths() {
        assertThat(working(Sex.FEMALE, "1971-02-20", "2026-06-19")).isTrue();
        assertThat(working(Sex.FEMALE, "1971-02-20", "2026-06-20")).isFalse();
    }

    @Test
    void aWomanBornBefore1970RetiresAtFiftyFiveUnderTheRuleBefore2025() {
        assertThat(working(Sex.FEMALE, "1969-12-31", "2024-12-30")).isTrue();
        assertThat(working(Sex.FEMALE, "1969-12-31", "2024-12-31")).isFalse();
    }

    @Test
    void theReformAppliesFromItsFirstDay() {
        // Born 1965-01-10: at 60 on 2025-01-10 under the old rule, at 60 and one month under the new.
        WorkingAge before = rules.on(VILLAGE, LocalDate.parse("2024-12-31"));
        WorkingAge after = rules.on(VILLAGE, LocalDate.parse("2025-01-01"));
        assertThat(before.men().maxDelayMonths()).isZero();
        assertThat(after.men().maxDelayMonths()).isEqualTo(36);
        assertThat(working(Sex.MALE, "1965-01-10", "2025-02-09")).isTrue();
        assertThat(working(Sex.MALE, "1965-01-10", "2025-02-10")).isFalse();
    }

    @Test
    void workingAgeStartsOnTheSixteenthBirthdayIncludingTwentyNinthFebruary() {
        assertThat(working(Sex.MALE, "2010-06-30", "2026-06-29")).isFalse();
        assertThat(working(Sex.MALE, "2010-06-30", "2026-06-30")).isTrue();
        assertThat(working(Sex.FEMALE, "2008-02-29", "2024-02-28")).isFalse();
        assertThat(working(Sex.FEMALE, "2008-02-29", "2024-02-29")).isTrue();
    }

    @Test
    void aDateWithoutARuleIsRefusedInChinese() {
        assertThatThrownBy(() -> rules.on(VILLAGE, LocalDate.parse("1970-01-01")))
                .isInstanceOf(WorkingAgeRules.NoRule.class)
                .hasMessageContaining("缺少 1970-01-01 适用的").hasMessageContaining("退休年龄规则”（请自治区管理员在“参数管理”中添加）");
    }

    @Test
    void aRegionWithoutARuleIsRefusedInChinese() {
        assertThatThrownBy(() -> rules.on("640104001001", LocalDate.parse("2025-06-30")))
                .isInstanceOf(WorkingAgeRules.NoRule.class)
                .hasMessageContaining("640104001001").hasMessageContaining("退休年龄规则");
    }

    @Test
    void theLongestPrefixInForceWinsAndAShorterOneStandsInBeforeIt() {
        RetirementRule men60 = new RetirementRule(60, YearMonth.of(1965, 1), 4, 36);
        RetirementRule women55 = new RetirementRule(55, YearMonth.of(1970, 1), 4, 36);
        RetirementRule women50 = new RetirementRule(50, YearMonth.of(1975, 1), 2, 60);
        WorkingAgeRules.Table table = new WorkingAgeRules.Table(List.of(
                new WorkingAgeRules.Row("15", Sex.MALE, LocalDate.parse("2025-01-01"), 16, men60, "省"),
                new WorkingAgeRules.Row("15", Sex.FEMALE, LocalDate.parse("2025-01-01"), 16, women55, "省"),
                new WorkingAgeRules.Row("1529", Sex.FEMALE, LocalDate.parse("2030-01-01"), 16, women50, "盟")));
        assertThat(table.on("152923101201", LocalDate.parse("2029-12-31")).women()).isEqualTo(women55);
        assertThat(table.on("152923101201", LocalDate.parse("2030-01-01")).women()).isEqualTo(women50);
        assertThat(table.on("152923101201", LocalDate.parse("2030-01-01")).men()).isEqualTo(men60);
        assertThat(table.on("150102001001", LocalDate.parse("2030-01-01")).women()).isEqualTo(women55);
        assertThat(table.longestPrefix()).isEqualTo(4);
        assertThat(table.on("152923101201", LocalDate.parse("2031-01-01")))
                .isSameAs(table.on("152921001001", LocalDate.parse("2032-05-01")));
    }
}
