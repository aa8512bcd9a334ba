package org.zhuye.employer.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A checked payment: levy year, amount in yuan with two decimals, the day it reached the treasury, the voucher (upper case). */
public record PaymentData(int levyYear, BigDecimal amount, LocalDate paidOn, String voucherNo) {
}
