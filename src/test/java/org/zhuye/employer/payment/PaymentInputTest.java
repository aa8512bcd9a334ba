package org.zhuye.employer.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhuye.employer.EmployerRuleException;

class PaymentInputTest {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

    @Test
    void aValidPaymentKeepsTwoDecimalsAndUpperCasesTheVoucher() {
        PaymentData data = new PaymentInput("2024", "43200", "2024/09/15", "sx-2024-001").validate(TODAY);
        assertThat(data.amount()).isEqualTo(new BigDecimal("43200.00"));
        assertThat(data.paidOn()).isEqualTo(LocalDate.of(2024, 9, 15));
        assertThat(data.voucherNo()).isEqualTo("SX-2024-001");
    }

    @Test
    void everyBrokenFieldIsNamedAtOnce() {
        assertThatThrownBy(() -> new PaymentInput("24", "0", "2025-03-11", "").validate(TODAY))
                .isInstanceOfSatisfying(EmployerRuleException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys(
                        "levyYear", "amount", "paidOn", "voucherNo"));
    }

    @Test
    void aThirdDecimalIsRefusedNotRoundedAway() {
        assertThat(errors(new PaymentInput("2024", "100.005", "2024-09-01", "V0001")))
                .containsEntry("amount", "实缴金额最多两位小数（元、角、分）：100.005");
    }

    @Test
    void aPaymentCannotReachTheTreasuryBeforeItsLevyYearOrAfterToday() {
        assertThat(errors(new PaymentInput("2024", "10", "2023-12-31", "V0001")))
                .containsEntry("paidOn", "入库日期不能早于所属年度 2024 年（当年的残保金在当年征收）");
        assertThat(errors(new PaymentInput("2024", "10", "2025-03-11", "V0001"))).containsEntry("paidOn", "入库日期不能晚于今天");
    }

    @Test
    void aLevyYearBeforeTheLevyExistedOrAfterThisYearIsATypingMistake() {
        assertThat(errors(new PaymentInput("2014", "10", "2024-09-01", "V0001"))).containsEntry("levyYear", "所属年度须在 2015 到 2025 年之间：2014");
        assertThat(errors(new PaymentInput("2026", "10", "2024-09-01", "V0001"))).containsKey("levyYear");
    }

    @Test
    void aVoucherIsLettersDigitsOrHyphens() {
        assertThat(errors(new PaymentInput("2024", "10", "2024-09-01", "税票 001"))).containsKey("voucherNo");
    }

    private static Map<String, String> errors(PaymentInput input) {
        try {
            input.validate(TODAY);
            throw new AssertionError("accepted " + input);
        } catch (EmployerRuleException e) {
            return e.fieldErrors();
        }
    }
}
