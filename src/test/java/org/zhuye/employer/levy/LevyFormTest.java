package org.zhuye.employer.levy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The calculator form's own rules, and the engine's messages as the form shows them. */
class LevyFormTest {

    private static LevyForm form(String staff, List<String> months, LevyForm.Row... rows) {
        return new LevyForm("2024", "150402", "PRIVATE_ENTERPRISE", staff, months, "16000000", "", List.of(rows));
    }

    @Test
    void rowsWithoutCategoryAndGradeAreLeftOut() {
        LevyInput input = form("200", List.of(), LevyForm.Row.blank(), new LevyForm.Row("4", "2", "12"),
                LevyForm.Row.blank()).toInput();
        assertThat(input.disabledEmployees()).containsExactly(new LevyInput.Employee(4, 2, 12));
        assertThat(input.staffCount()).isEqualTo(200);
        assertThat(input.socialAverageWage()).isNull();
    }

    @Test
    void monthlyHeadcountsMustFillAllTwelveMonthsAndEachBadFieldIsNamedByItsId() {
        List<String> months = new ArrayList<>(Collections.nCopies(12, "100"));
        months.set(3, "");
        months.set(7, "约百人");
        assertThatThrownBy(() -> form("", months, new LevyForm.Row("5", "", "0")).toInput())
                .isInstanceOfSatisfying(LevyInputException.class, e -> assertThat(e.fieldErrors()).containsOnly(
                        Map.entry("month-3", "4月在职职工人数未填：按月填报须填满12个月"),
                        Map.entry("month-7", "8月在职职工人数须为不小于0的整数"),
                        Map.entry("emp-0-grade", "第1行残疾职工：请选择残疾等级（一至四级）"),
                        Map.entry("emp-0-months", "第1行残疾职工：上年在岗月数须为1到12的整数")));
    }

    @Test
    void theEnginesMessagesLoseTheApiNamesAndPointAtTheFormsFields() {
        List<String> months = Collections.nCopies(12, "10");
        LevyInputException e = org.junit.jupiter.api.Assertions.assertThrows(LevyInputException.class,
                () -> form("200", months).toInput().toDeclaration());
        assertThat(LevyForm.formErrors(e.fieldErrors()))
                .containsExactly(Map.entry("staffCount", "在职职工人数与12个月人数只能填一项"));
        assertThat(LevyForm.formErrors(Map.of("monthlyHeadcounts[2]", "第3月在职职工人数应为非负整数",
                "disabledEmployees[1].months", "第2名残疾职工的在岗月数（months）应为1–12")))
                .containsOnly(Map.entry("month-2", "第3月在职职工人数应为非负整数"),
                        Map.entry("emp-1-months", "第2名残疾职工的在岗月数应为1–12"));
    }

    @Test
    void addingAndRemovingRowsKeepsWhatWasTyped() {
        LevyForm typed = form("200", List.of(), new LevyForm.Row("4", "2", "12"));
        LevyForm more = typed.withMoreRows();
        assertThat(more.rows()).hasSize(1 + LevyForm.BLANK_ROWS).first().isEqualTo(new LevyForm.Row("4", "2", "12"));
        assertThat(more.staffCount()).isEqualTo("200");
        assertThat(more.withoutRow(0).rows()).hasSize(LevyForm.BLANK_ROWS).allSatisfy(r -> assertThat(r.isBlank()).isTrue());
        assertThat(typed.withoutRow(0).rows()).hasSize(1).allSatisfy(r -> assertThat(r.isBlank()).isTrue());
    }
}
