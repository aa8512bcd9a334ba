package org.zhuye.employer.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.zhuye.employer.EmployerRuleException;
import org.zhuye.platform.form.FormFields;

/**
 * A payment as typed on the form, posted to the API or read from a row of the tax bureau's feedback, before
 * checking. {@link #validate} names every problem at once, keyed by field, labelled as the feedback file's columns.
 */
public record PaymentInput(String levyYear, String amount, String paidOn, String voucherNo) {

    static final String YEAR = "所属年度";
    static final String AMOUNT = "实缴金额";
    static final String PAID_ON = "入库日期";
    static final String VOUCHER = "完税凭证号";
    /** The levy in its present form (财税〔2015〕72号) began in 2015; an earlier year is a typing mistake. */
    static final int FIRST_YEAR = 2015;
    /** numeric(14,2): twelve digits before the point. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    public static PaymentInput empty() {
        return new PaymentInput(null, null, null, null);
    }

    /** The checked payment, or {@link EmployerRuleException} naming each field that breaks a rule. */
    public PaymentData validate(LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer year = year(errors, today);
        BigDecimal money = amount(errors);
        LocalDate day = FormFields.pastDate(paidOn, "paidOn", PAID_ON, true, today, errors);
        if (day != null && year != null && day.getYear() < year && !errors.containsKey("paidOn")) {
            errors.put("paidOn", PAID_ON + "不能早于所属年度 " + year + " 年（当年的残保金在当年征收）");
        }
        String voucher = FormFields.text(voucherNo);
        if (voucher == null) {
            errors.put("voucherNo", "请填写" + VOUCHER + "（完税凭证号或电子税票号）");
        } else if (!voucher.matches("[0-9A-Za-z-]{4,40}")) {
            errors.put("voucherNo", VOUCHER + "须为4到40位字母、数字或连字符：" + shown(voucher));
        }
        if (!errors.isEmpty()) {
            throw new EmployerRuleException(errors);
        }
        return new PaymentData(year, money, day, voucher.toUpperCase(java.util.Locale.ROOT));
    }

    private Integer year(Map<String, String> errors, LocalDate today) {
        String text = FormFields.text(levyYear);
        if (text == null || !text.matches("\\d{4}")) {
            errors.put("levyYear", YEAR + "须为4位年份，如 " + today.getYear());
            return null;
        }
        int year = Integer.parseInt(text);
        if (year < FIRST_YEAR || year > today.getYear()) {
            errors.put("levyYear", YEAR + "须在 " + FIRST_YEAR + " 到 " + today.getYear() + " 年之间：" + year);
            return null;
        }
        return year;
    }

    private BigDecimal amount(Map<String, String> errors) {
        String text = FormFields.text(amount);
        if (text == null) {
            errors.put("amount", "请填写" + AMOUNT + "（元）");
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            errors.put("amount", AMOUNT + "须为以元为单位的数字，如 12345.67：" + shown(text));
            return null;
        }
        if (value.signum() <= 0 || value.compareTo(MAX_AMOUNT) > 0) {
            errors.put("amount", AMOUNT + "须大于 0 元、不超过 999999999999.99 元：" + shown(text));
            return null;
        }
        // Money is in fen: a third decimal is a typing or export mistake, never rounded away silently.
        if (value.stripTrailingZeros().scale() > 2) {
            errors.put("amount", AMOUNT + "最多两位小数（元、角、分）：" + shown(text));
            return null;
        }
        return value.setScale(2);
    }

    private static String shown(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
