package org.zhuye.employer.payment;

import java.util.List;

import org.zhuye.employer.Employer;

/** A unit's 缴纳情况: each levy year's balance, every payment (voided ones struck through), whether the viewer may write. */
public record PaymentStatement(Employer employer, List<PaymentBalance> balances, List<LevyPayment> payments, boolean mayWrite) {
}
