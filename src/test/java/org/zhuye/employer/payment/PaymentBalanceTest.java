package org.zhuye.employer.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PaymentBalanceTest {

    @Test
    void theBalanceIsDueLessStandingPaymentsPerLevyYearNewestFirst() {
        List<PaymentBalance> balances = Payments.balances(Map.of(2023, money("1000.00"), 2024, money("500.00")), List.of(
                payment(2024, "200.00", false), payment(2024, "100.00", true), payment(2023, "1200.00", false)));
        assertThat(balances).extracting(PaymentBalance::levyYear).containsExactly(2024, 2023);
        assertThat(balances.get(0).paid()).isEqualTo(money("200.00"));
        assertThat(balances.get(0).outstanding()).isEqualTo(money("300.00"));
        assertThat(balances.get(0).standing()).isEqualTo("欠缴 300.00 元");
        assertThat(balances.get(0).owing()).isTrue();
        assertThat(balances.get(1).standing()).isEqualTo("多缴 200.00 元");
        assertThat(balances.get(1).owing()).isFalse();
    }

    @Test
    void aConfirmedYearWithoutPaymentsOwesItAllAndAPaymentWithoutADeclarationHasNoDueToCompare() {
        List<PaymentBalance> balances = Payments.balances(Map.of(2024, money("43200.00")), List.of(payment(2022, "10.00", false)));
        assertThat(balances.get(0).standing()).isEqualTo("欠缴 43200.00 元");
        assertThat(balances.get(1).due()).isNull();
        assertThat(balances.get(1).outstanding()).isNull();
        assertThat(balances.get(1).standing()).isEqualTo("无已确认的年审申报，应缴额未定");
    }

    @Test
    void paidInFullIsSettled() {
        assertThat(new PaymentBalance(2024, money("10.00"), money("10.00")).standing()).isEqualTo("已缴清");
    }

    private static BigDecimal money(String text) {
        return new BigDecimal(text);
    }

    private static LevyPayment payment(int year, String amount, boolean voided) {
        return new LevyPayment(1, 1, "单位", "91150000000000000X", "150929100001", year, money(amount), LocalDate.of(year, 9, 1),
                "V" + year, PaymentSource.TYPED, Instant.now(), "staff", voided ? Instant.now() : null, voided ? "staff" : null,
                voided ? "录错" : null);
    }
}
