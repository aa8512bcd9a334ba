package org.zhuye.employer.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A stored payment with its unit's name, code and region; a voided one keeps who voided it and why. */
public record LevyPayment(long id, long employerId, String employerName, String creditCode, String regionCode,
                          int levyYear, BigDecimal amount, LocalDate paidOn, String voucherNo, PaymentSource source,
                          Instant recordedAt, String recordedBy, Instant voidedAt, String voidedBy, String voidReason) {

    public boolean voided() {
        return voidedAt != null;
    }
}
