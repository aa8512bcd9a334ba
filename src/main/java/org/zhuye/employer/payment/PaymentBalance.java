package org.zhuye.employer.payment;

import java.math.BigDecimal;

/**
 * One levy year of a unit: the levy due as its confirmed declaration froze it (null when the year has no confirmed
 * declaration: the tax bureau may still collect, e.g. from a unit that did not file) and the standing payments.
 */
public record PaymentBalance(int levyYear, BigDecimal due, BigDecimal paid) {

    /** Due − paid; negative when more was paid than is due. Null without a confirmed declaration. */
    public BigDecimal outstanding() {
        return due == null ? null : due.subtract(paid);
    }

    /** In words, as the pages show it: 欠缴, 已缴清, 多缴, or why it cannot be told. */
    public String standing() {
        if (due == null) {
            return "无已确认的年审申报，应缴额未定";
        }
        int sign = outstanding().signum();
        if (sign > 0) {
            return "欠缴 " + outstanding().toPlainString() + " 元";
        }
        return sign == 0 ? (due.signum() == 0 ? "无应缴" : "已缴清") : "多缴 " + outstanding().negate().toPlainString() + " 元";
    }

    public boolean owing() {
        return due != null && outstanding().signum() > 0;
    }
}
