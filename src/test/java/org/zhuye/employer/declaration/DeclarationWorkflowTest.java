package org.zhuye.employer.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhuye.employer.declaration.DeclarationFixtures.YEAR;
import static org.zhuye.employer.declaration.DeclarationFixtures.employee;
import static org.zhuye.employer.declaration.DeclarationFixtures.input;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.UserAccount;
import org.zhuye.audit.AuditEvent;
import org.zhuye.audit.AuditLog;
import org.zhuye.audit.AuditQuery;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

@ZhuyeTest
class DeclarationWorkflowTest {

    @Autowired
    AccountFixtures accounts;
    @Autowired
    Declarations declarations;
    @Autowired
    AuditLog auditLog;

    private DeclarationFixtures fixtures;
    private UserAccount reviewer;

    @BeforeEach
    void setUp() {
        fixtures = new DeclarationFixtures(accounts).withTestYears();
        reviewer = fixtures.staff("150802000000");
    }

    private Declaration read(long id) {
        return declarations.view(id, reviewer, reviewer.jurisdiction()).declaration();
    }

    @Test
    void anEmployerDraftsAndSubmitsStaffReturnItWithAReasonThenConfirmAndTheDeclarationIsLocked() {
        long unit = fixtures.enterprise("流程测试公司", "150802000000");
        UserAccount employer = fixtures.employerAccount(unit, DeclarationFixtures.LINHE_VILLAGE);
        Jurisdiction own = employer.jurisdiction();
        String certificate = fixtures.person("阿拉坦", 5, 3);

        long id = declarations.create(null, String.valueOf(YEAR), input(100, "7000000"), employer, own);
        assertThat(read(id).status()).isEqualTo(DeclarationStatus.DRAFT);
        declarations.submit(id, 0, employer, own);
        assertThat(read(id).status()).isEqualTo(DeclarationStatus.SUBMITTED);

        // A submitted declaration waits for review: the unit cannot change it, and a return needs a reason.
        assertThatThrownBy(() -> declarations.update(id, 1, input(100, "7000000"), employer, own))
                .isInstanceOf(DeclarationStateException.class).hasMessageContaining("不能修改");
        assertThatThrownBy(() -> declarations.returnForCorrection(id, 1, "  ", reviewer, reviewer.jurisdiction()))
                .isInstanceOfSatisfying(DeclarationRuleException.class, e -> assertThat(e.fieldErrors()).containsKey("reason"));
        assertThatThrownBy(() -> declarations.confirm(id, 1, employer, own)).isInstanceOf(ResponseStatusException.class);

        declarations.returnForCorrection(id, 1, "漏报了智力残疾职工阿拉坦", reviewer, reviewer.jurisdiction());
        Declaration returned = declarations.view(id, employer, own).declaration();
        assertThat(returned.status()).isEqualTo(DeclarationStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("漏报了智力残疾职工阿拉坦");

        declarations.update(id, 2, input(100, "7000000", employee("阿拉坦", certificate)), employer, own);
        declarations.submit(id, 3, employer, own);
        declarations.confirm(id, 4, reviewer, reviewer.jurisdiction());

        Declaration confirmed = read(id);
        assertThat(confirmed.status()).isEqualTo(DeclarationStatus.CONFIRMED);
        // Vector E: an intellectual grade-3 worker counts twice in Inner Mongolia: 2 of 100 ≥ 1.5% → nothing due.
        assertThat(confirmed.result().counted()).isEqualByComparingTo("2");
        assertThat(confirmed.result().due()).isEqualByComparingTo("0.00");

        assertThatThrownBy(() -> declarations.update(id, 5, input(100, "7000000"), employer, own))
                .isInstanceOf(DeclarationStateException.class).hasMessageContaining("已锁定");
        assertThatThrownBy(() -> declarations.submit(id, 5, employer, own)).isInstanceOf(DeclarationStateException.class);
        assertThatThrownBy(() -> declarations.returnForCorrection(id, 5, "再改", reviewer, reviewer.jurisdiction()))
                .isInstanceOf(DeclarationStateException.class);
        assertThatThrownBy(() -> declarations.confirm(id, 5, reviewer, reviewer.jurisdiction()))
                .isInstanceOf(DeclarationStateException.class);

        List<AuditEvent> trail = auditLog.find(new AuditQuery(null, null, null, "quota_declaration", String.valueOf(id), null, 0),
                reviewer.jurisdiction());
        assertThat(trail).extracting(AuditEvent::action).containsExactlyInAnyOrder("DECLARATION_CREATED",
                "DECLARATION_SUBMITTED", "DECLARATION_RETURNED", "DECLARATION_UPDATED", "DECLARATION_SUBMITTED",
                "DECLARATION_CONFIRMED");
        assertThat(trail.toString()).doesNotContain(certificate);
    }

    @Test
    void onlyASubmittedDeclarationCanBeConfirmedOrReturned() {
        long unit = fixtures.enterprise("非法流转测试公司", "150802000000");
        long id = declarations.create(unit, String.valueOf(YEAR), input(50, "3000000"), reviewer, reviewer.jurisdiction());
        assertThatThrownBy(() -> declarations.confirm(id, 0, reviewer, reviewer.jurisdiction()))
                .isInstanceOf(DeclarationStateException.class).hasMessageContaining("只有已提交待审核的申报可以确认");
        assertThatThrownBy(() -> declarations.returnForCorrection(id, 0, "理由", reviewer, reviewer.jurisdiction()))
                .isInstanceOf(DeclarationStateException.class);
        assertThatThrownBy(() -> declarations.submit(id, 7, reviewer, reviewer.jurisdiction()))
                .isInstanceOf(DeclarationStateException.class).hasMessageContaining("已被他人修改");
        assertThat(read(id).status()).isEqualTo(DeclarationStatus.DRAFT);
    }

    @Test
    void aDraftCannotBeSubmittedAfterTheYearsDeadline() {
        long unit = fixtures.enterprise("逾期测试公司", "150802000000");
        // 2023's seeded deadline (2023-07-31) is long past.
        long id = declarations.create(unit, "2023", input(50, "3000000"), reviewer, reviewer.jurisdiction());
        assertThatThrownBy(() -> declarations.submit(id, 0, reviewer, reviewer.jurisdiction()))
                .isInstanceOf(DeclarationStateException.class).hasMessageContaining("2023-07-31 截止");
        assertThat(read(id).status()).isEqualTo(DeclarationStatus.DRAFT);
    }

    @Test
    void townshipStaffCannotReviewAndAUnitCannotReachAnotherUnitsDeclaration() {
        long unit = fixtures.enterprise("审核层级测试公司", DeclarationFixtures.LINHE_VILLAGE);
        long id = declarations.create(unit, String.valueOf(YEAR), input(50, "3000000"), reviewer, reviewer.jurisdiction());
        declarations.submit(id, 0, reviewer, reviewer.jurisdiction());
        UserAccount township = fixtures.staff("150802001000");
        assertThatThrownBy(() -> declarations.confirm(id, 1, township, township.jurisdiction()))
                .isInstanceOfSatisfying(ResponseStatusException.class, e -> assertThat(e.getReason()).contains("旗县级及以上"));

        long otherUnit = fixtures.enterprise("别家测试公司", "150802000000");
        UserAccount otherEmployer = fixtures.employerAccount(otherUnit, DeclarationFixtures.LINHE_VILLAGE);
        assertThatThrownBy(() -> declarations.view(id, otherEmployer, otherEmployer.jurisdiction()))
                .isInstanceOf(DeclarationNotFoundException.class);
        UserAccount elsewhere = fixtures.staff("150402000000");
        assertThatThrownBy(() -> declarations.view(id, elsewhere, elsewhere.jurisdiction()))
                .isInstanceOf(DeclarationNotFoundException.class);
    }

    @Test
    void badFiguresAreRefusedNamingEachFieldAndNothingIsSaved() {
        long unit = fixtures.enterprise("输入错误测试公司", "150802000000");
        DeclarationInput bad = new DeclarationInput("", List.of(), "一百万", List.of(
                new EmployeeInput("", "15080219880301001X42", "13", "也许", "3000", "true", "NONE")));
        assertThatThrownBy(() -> declarations.create(unit, "二〇二四", bad, reviewer, reviewer.jurisdiction()))
                .isInstanceOfSatisfying(DeclarationRuleException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("year", "staffCount", "wageTotal", "employees[0].name", "employees[0].months",
                                "employees[0].contract")
                        .hasEntrySatisfying("employees[0].months", m -> assertThat(m).startsWith("第1名残疾职工：")));
        assertThatThrownBy(() -> declarations.create(unit, "2031", input(50, "3000000"), reviewer, reviewer.jurisdiction()))
                .isInstanceOf(NoDeclarationRules.class).hasMessageContaining("2031");
    }
}
