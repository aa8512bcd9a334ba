package org.zhuye.employer.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.testing.ZhuyeTest;

/** A declaration rule without its parameter says which, for which year and region, and who adds it. */
@ZhuyeTest
class MissingDeclarationParametersTest {

    @Autowired
    DeclarationParameters parameters;

    @Test
    void aYearWithoutDeclarationParametersNamesThemTheRegionAndWhoAddsThem() {
        assertThatThrownBy(() -> parameters.rulesFor("150102000000", 2090))
                .isInstanceOf(NoDeclarationRules.class)
                .hasMessageStartingWith("缺少 2090 征收年度 呼和浩特市新城区 的“年审申报参数（申报截止日、审核层级、残疾职工居住地范围）”"
                        + "（请自治区管理员或所在盟市的管理员在“参数管理”中添加）");
    }

    @Test
    void anEmployeeCheckedOnADayWithoutAMinimumWageIsToldWhichOneIsMissing() {
        assertThat(parameters.minimumWage("150102000000", LocalDate.parse("2000-12-31"))).isEmpty();
        assertThat(parameters.noMinimumWage("150102000000", LocalDate.parse("2000-12-31")))
                .isEqualTo("缺少 2000-12-31 适用的 呼和浩特市新城区 的“最低工资标准”（请自治区管理员或所在盟市的管理员在“参数管理”中添加），补充前无法核对工资");
    }
}
