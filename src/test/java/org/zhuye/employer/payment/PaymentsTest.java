package org.zhuye.employer.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhuye.employer.declaration.DeclarationFixtures.YEAR;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.EmployerNotFoundException;
import org.zhuye.employer.EmployerRuleException;
import org.zhuye.testing.Api;
import org.zhuye.testing.ZhuyeTest;

/** Recording, voiding and the balance on the real database, through the service and the API. */
@ZhuyeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentsTest {

    @Autowired
    AccountFixtures accounts;
    @Autowired
    Payments payments;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    PaymentFixtures fixtures;
    UserAccount staff;

    @BeforeAll
    void units() {
        fixtures = new PaymentFixtures(accounts);
        staff = fixtures.staff();
    }

    @Test
    void aRecordedPaymentLowersTheOutstandingLevyAndAnOverpaymentIsShownAsSuch() {
        long unit = fixtures.owingUnit("四子王旗缴费测试甲公司", PaymentFixtures.WULANHUA);
        BigDecimal due = fixtures.due(unit);
        assertThat(due).isEqualByComparingTo("43200.00");
        assertThat(balance(unit).standing()).isEqualTo("欠缴 43200.00 元");

        payments.record(unit, input("40000", "SZW-A-0001"), staff, staff.jurisdiction());
        assertThat(balance(unit).outstanding()).isEqualByComparingTo("3200.00");
        payments.record(unit, input("3300.5", "SZW-A-0002"), staff, staff.jurisdiction());
        assertThat(balance(unit).standing()).isEqualTo("多缴 100.50 元");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'LEVY_PAYMENT_RECORDED' AND object_id IN "
                + "(SELECT id::text FROM levy_payment WHERE employer_id = ?)").param(unit).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aVoucherStandsOnlyOncePerUnitButAVoidedOneMayBeRecordedAgainCorrected() {
        long unit = fixtures.owingUnit("四子王旗缴费测试乙公司", PaymentFixtures.WULANHUA);
        long wrong = payments.record(unit, input("432000", "SZW-B-0001"), staff, staff.jurisdiction());
        assertThatThrownBy(() -> payments.record(unit, input("43200", "szw-b-0001"), staff, staff.jurisdiction()))
                .isInstanceOfSatisfying(EmployerRuleException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("voucherNo", "完税凭证号 SZW-B-0001 已登记在本单位名下，同一凭证不能重复登记"));

        assertThatThrownBy(() -> payments.voidPayment(wrong, " ", staff, staff.jurisdiction()))
                .isInstanceOfSatisfying(EmployerRuleException.class, e -> assertThat(e.fieldErrors()).containsKey("reason"));
        payments.voidPayment(wrong, "金额多录一位", staff, staff.jurisdiction());
        assertThat(balance(unit).paid()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> payments.voidPayment(wrong, "再点一次", staff, staff.jurisdiction()))
                .isInstanceOf(PaymentStateException.class);

        payments.record(unit, input("43200", "SZW-B-0001"), staff, staff.jurisdiction());
        assertThat(balance(unit).standing()).isEqualTo("已缴清");
        PaymentStatement statement = payments.statement(unit, staff, staff.jurisdiction());
        assertThat(statement.payments()).hasSize(2).filteredOn(LevyPayment::voided).singleElement()
                .satisfies(p -> assertThat(p.voidReason()).isEqualTo("金额多录一位"));
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM levy_payment WHERE id = ?").param(wrong).update())
                .hasMessageContaining("never deleted");
    }

    @Test
    void anotherAreasStaffCannotSeeOrPayAUnitAndViewersOnlyRead() {
        long unit = fixtures.owingUnit("四子王旗缴费测试丙公司", PaymentFixtures.JISHENGTAI);
        long paid = payments.record(unit, input("100", "SZW-C-0001"), staff, staff.jurisdiction());
        UserAccount other = fixtures.elsewhere();
        assertThatThrownBy(() -> payments.record(unit, input("100", "SZW-C-0002"), other, other.jurisdiction()))
                .isInstanceOf(EmployerNotFoundException.class);
        assertThatThrownBy(() -> payments.statement(unit, other, other.jurisdiction())).isInstanceOf(EmployerNotFoundException.class);
        assertThatThrownBy(() -> payments.voidPayment(paid, "不是我辖区的", other, other.jurisdiction()))
                .isInstanceOf(PaymentNotFoundException.class);

        UserAccount viewer = fixtures.viewer();
        assertThat(payments.statement(unit, viewer, viewer.jurisdiction()).mayWrite()).isFalse();
        assertThatThrownBy(() -> payments.record(unit, input("100", "SZW-C-0003"), viewer, viewer.jurisdiction()))
                .isInstanceOfSatisfying(ResponseStatusException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(403));
    }

    @Test
    void theApiRecordsListsAndVoidsWithTheModulesErrorBodies() {
        long unit = fixtures.owingUnit("四子王旗缴费测试丁公司", PaymentFixtures.JISHENGTAI);
        Api api = Api.basic(port, staff.username(), AccountFixtures.PASSWORD);
        Api.Response created = api.postJson("/api/v1/levy-payments", """
                {"employerId": %d, "levyYear": %d, "amount": "43200.00", "paidOn": "%d-09-15", "voucherNo": "SZW-D-0001"}"""
                .formatted(unit, YEAR, YEAR));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();

        Api.Response invalid = api.postJson("/api/v1/levy-payments", """
                {"employerId": %d, "levyYear": %d, "amount": "1.005", "paidOn": "%d-12-31", "voucherNo": "SZW-D-0002"}"""
                .formatted(unit, YEAR, YEAR - 1));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("fieldErrors").get("amount").asText()).contains("最多两位小数");
        assertThat(invalid.json().get("fieldErrors").get("paidOn").asText()).contains("不能早于所属年度");
        assertThat(jdbc.sql("SELECT count(*) FROM levy_payment WHERE employer_id = ?").param(unit).query(Long.class).single()).isOne();

        Api.Response list = api.get("/api/v1/levy-payments?employerId=" + unit);
        assertThat(list.json().get("total").asLong()).isOne();
        Api.Response statement = api.get("/api/v1/levy-payments/employers/" + unit);
        assertThat(statement.json().get("balances").get(0).get("standing").asText()).isEqualTo("已缴清");

        UserAccount other = fixtures.elsewhere();
        Api outsider = Api.basic(port, other.username(), AccountFixtures.PASSWORD);
        assertThat(outsider.postJson("/api/v1/levy-payments/" + id + "/void", "{\"reason\": \"试\"}").status()).isEqualTo(404);
        assertThat(outsider.get("/api/v1/levy-payments/employers/" + unit).status()).isEqualTo(404);
        assertThat(outsider.get("/api/v1/levy-payments?employerId=" + unit).json().get("total").asLong()).isZero();

        assertThat(api.postJson("/api/v1/levy-payments/" + id + "/void", "{}").status()).isEqualTo(422);
        Api.Response voided = api.postJson("/api/v1/levy-payments/" + id + "/void", "{\"reason\": \"凭证号有误\"}");
        assertThat(voided.json().get("voided").asBoolean()).isTrue();
        assertThat(api.postJson("/api/v1/levy-payments/" + id + "/void", "{\"reason\": \"凭证号有误\"}").status()).isEqualTo(409);
        assertThat(api.get("/api/v1/levy-payments?employerId=" + unit).json().get("total").asLong()).isZero();
        assertThat(api.get("/api/v1/levy-payments?withVoided=true&employerId=" + unit).json().get("total").asLong()).isOne();
    }

    private PaymentBalance balance(long unit) {
        return payments.statement(unit, staff, staff.jurisdiction()).balances().stream()
                .filter(b -> b.levyYear() == YEAR).findFirst().orElseThrow();
    }

    private static PaymentInput input(String amount, String voucher) {
        return new PaymentInput(String.valueOf(YEAR), amount, YEAR + "-09-15", voucher);
    }
}
