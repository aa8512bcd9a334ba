package org.zhuye.employer.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhuye.employer.declaration.DeclarationFixtures.YEAR;
import static org.zhuye.employer.declaration.DeclarationFixtures.employee;
import static org.zhuye.employer.declaration.DeclarationFixtures.input;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.UserAccount;
import org.zhuye.testing.ZhuyeTest;

/** Each check of a declared disabled employee, against the real registry: the reason is named and the person is not counted. */
@ZhuyeTest
class EmployeeChecksTest {

    @Autowired
    AccountFixtures accounts;
    @Autowired
    Declarations declarations;

    private DeclarationFixtures fixtures;
    private UserAccount staff;

    @BeforeEach
    void setUp() {
        fixtures = new DeclarationFixtures(accounts).withTestYears();
        staff = fixtures.staff("150800000000");
    }

    private DeclarationView file(long unit, EmployeeInput... employees) {
        long id = declarations.create(unit, String.valueOf(YEAR), input(200, "16000000", employees), staff, staff.jurisdiction());
        return declarations.view(id, staff, staff.jurisdiction());
    }

    private static List<String> problemsOf(DeclarationView view, int line) {
        return view.rows().get(line - 1).problems();
    }

    @Test
    void aRegisteredWorkingAgeResidentWithContractWageAndInsuranceCountsAndGradeTwoCountsTwice() {
        long unit = fixtures.enterprise("核验计入测试公司", "150802000000");
        String certificate = fixtures.person("其其格", 4, 2);
        DeclarationView view = file(unit, employee("其其格", certificate));
        assertThat(problemsOf(view, 1)).isEmpty();
        assertThat(view.rows().get(0).categoryLabel()).isEqualTo("肢体二级");
        // Vector B: 200 staff, 16,000,000 wages, one grade-2 worker counted twice → 1% → 50% tier.
        assertThat(view.levy().result().counted()).isEqualByComparingTo("2");
        assertThat(view.levy().result().due()).isEqualByComparingTo("40000.00");
        assertThat(view.levy().result().steps()).extracting(s -> s.key()).contains("COUNTED", "TIER", "DUE");
    }

    @Test
    void everyFailedCheckNamesItsReasonAndTheEmployeeIsNotCounted() {
        long unit = fixtures.enterprise("核验失败测试公司", "150802000000");
        long other = fixtures.enterprise("先申报的其他公司", "150802000000");
        String registered = fixtures.person("巴图", 4, 3);
        String misnamed = fixtures.person("真名", 4, 3);
        String revoked = fixtures.person("乌兰", DeclarationFixtures.certificate(4, 3), DeclarationFixtures.LINHE_VILLAGE, "已注销");
        String old = fixtures.person("老人", DeclarationFixtures.certificate("150802", LocalDate.of(1950, 5, 5), true, 4, 3),
                DeclarationFixtures.LINHE_VILLAGE, null);
        String child = fixtures.person("少年", DeclarationFixtures.certificate("150802", LocalDate.of(2010, 5, 5), false, 4, 3),
                DeclarationFixtures.LINHE_VILLAGE, null);
        String taken = fixtures.person("萨仁", 1, 3);
        long otherId = declarations.create(other, String.valueOf(YEAR), input(100, "7000000", employee("萨仁", taken)),
                staff, staff.jurisdiction());
        declarations.submit(otherId, 0, staff, staff.jurisdiction());
        String unregistered = DeclarationFixtures.certificate(4, 4);
        String badCheck = registered.substring(0, 17) + (registered.charAt(17) == '1' ? '2' : '1') + registered.substring(18);
        String contract = fixtures.person("合同", 4, 3);
        String wage = fixtures.person("工资", 4, 3);
        String insurance = fixtures.person("社保", 4, 3);
        String dispatched = fixtures.person("派遣", 4, 3);

        DeclarationView view = file(unit,
                employee("未登记", unregistered),
                employee("错号", badCheck),
                employee("别名", misnamed),
                employee("乌兰", revoked),
                employee("老人", old),
                employee("少年", child),
                employee("萨仁", taken),
                new EmployeeInput("合同", contract, "12", "false", "3000", "true", "NONE"),
                new EmployeeInput("工资", wage, "12", "true", "1849.99", "true", "NONE"),
                new EmployeeInput("社保", insurance, "12", "true", "3000", "false", "NONE"),
                new EmployeeInput("派遣", dispatched, "12", "true", "3000", "true", "COUNTED_BY_OTHER"),
                employee("巴图", registered),
                employee("巴图", registered));

        assertThat(problemsOf(view, 1)).singleElement().asString().contains("未在残疾人实名库登记");
        assertThat(problemsOf(view, 2)).singleElement().asString().contains("残疾人证号无效").contains("校验位");
        assertThat(problemsOf(view, 3)).singleElement().asString().contains("姓名与残疾人实名库登记的姓名不一致");
        assertThat(problemsOf(view, 4)).singleElement().asString().contains("已注销").contains("不是有效证件");
        assertThat(problemsOf(view, 5)).singleElement().asString().contains(YEAR - 1 + "-12-31 不在就业年龄段");
        assertThat(problemsOf(view, 6)).singleElement().asString().contains("不在就业年龄段");
        assertThat(problemsOf(view, 7)).singleElement().asString().contains("已被其他单位计入");
        assertThat(problemsOf(view, 8)).singleElement().asString().contains("1年以上劳动（服务）合同");
        assertThat(problemsOf(view, 9)).singleElement().asString().contains("低于最低工资标准 1850.00 元").doesNotContain("【未确认】");
        assertThat(problemsOf(view, 10)).singleElement().asString().contains("未足额缴纳社会保险");
        assertThat(problemsOf(view, 11)).singleElement().asString().contains("由对方单位计入");
        assertThat(problemsOf(view, 12)).isEmpty();
        assertThat(problemsOf(view, 13)).singleElement().asString().contains("与本申报第12名残疾职工是同一人");
        assertThat(view.countedPersons()).isEqualTo(1);
        assertThat(view.levy().result().counted()).isEqualByComparingTo("1");
    }

    @Test
    void aLeagueScopedYearRefusesAResidentOfAnotherLeagueAndTheProvinceScopeAcceptsHim() {
        String fromChifeng = fixtures.person("赤峰人", DeclarationFixtures.certificate(4, 3), DeclarationFixtures.HONGSHAN_VILLAGE, null);
        long wuyuan = fixtures.enterprise("五原县本盟市测试公司", "150821000000");
        DeclarationView leagueScoped = file(wuyuan, employee("赤峰人", fromChifeng));
        assertThat(problemsOf(leagueScoped, 1)).singleElement().asString().contains("居住地不在本盟市范围内");

        long linhe = fixtures.enterprise("临河区全区范围测试公司", "150802000000");
        DeclarationView provinceScoped = file(linhe, employee("赤峰人", fromChifeng));
        assertThat(problemsOf(provinceScoped, 1)).isEmpty();
    }

    @Test
    void partYearEmployeesCountByMonth() {
        long unit = fixtures.enterprise("按月折算测试公司", "150802000000");
        String full = fixtures.person("全年", 4, 4);
        String half = fixtures.person("半年", 4, 4);
        long id = declarations.create(unit, String.valueOf(YEAR), input(120, "9000000", employee("全年", full),
                new EmployeeInput("半年", half, "6", "true", "3000", "true", "NONE")), staff, staff.jurisdiction());
        DeclarationView view = declarations.view(id, staff, staff.jurisdiction());
        // Vector I: 1 + 6/12 = 1.5 counted of 120 → shortfall 0.3 × 75,000 × 50% = 11,250.00.
        assertThat(view.levy().result().counted()).isEqualByComparingTo("1.5");
        assertThat(view.levy().result().due()).isEqualByComparingTo("11250.00");
    }
}
