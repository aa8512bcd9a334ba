package org.zhuye.training.startup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A loan as typed or sent: bank, amount (元), annual rate (%), term (months), start date; all checked at once. */
public record LoanInput(String bank, String amount, String annualRate, String termMonths, String startedOn) {

    record Loan(String bank, BigDecimal amount, BigDecimal annualRate, int termMonths, LocalDate startedOn) {
    }

    record Validated(Loan loan, Map<String, String> errors) {
    }

    Validated validate(LocalDate businessStarted, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanBank = BusinessInput.text(bank);
        if (cleanBank == null || cleanBank.length() > 100) {
            errors.put("bank", "贷款银行不能为空，且不超过100个字");
        }
        BigDecimal principal = decimal(amount, "amount", "贷款金额须为大于 0、不超过 1 亿的元数（最多两位小数）",
                new BigDecimal("0.01"), new BigDecimal("100000000"), 2, errors);
        BigDecimal rate = decimal(annualRate, "annualRate", "年利率须为 0 到 36 之间的百分数（如 4.35，最多四位小数）",
                BigDecimal.ZERO, new BigDecimal("36"), 4, errors);
        String term = BusinessInput.text(termMonths);
        Integer months = term != null && term.matches("[0-9]{1,3}") && Integer.parseInt(term) >= 1 && Integer.parseInt(term) <= 360
                ? Integer.valueOf(term) : null;
        if (months == null) {
            errors.put("termMonths", "贷款期限须为 1 到 360 个月");
        }
        LocalDate start = BusinessInput.date(startedOn, "loanStartedOn", "贷款发放日期", true, errors);
        if (start != null && start.isAfter(today)) {
            errors.put("loanStartedOn", "贷款发放日期不能晚于今天");
        } else if (start != null && start.isBefore(businessStarted)) {
            errors.put("loanStartedOn", "贷款发放日期不能早于创业实体成立日期（" + businessStarted + "）");
        }
        if (!errors.isEmpty()) {
            return new Validated(null, errors);
        }
        return new Validated(new Loan(cleanBank, principal, rate, months, start), Map.of());
    }

    private static BigDecimal decimal(String text, String field, String rule, BigDecimal min, BigDecimal max, int scale,
                                      Map<String, String> errors) {
        String value = BusinessInput.text(text);
        try {
            BigDecimal number = value == null ? null : new BigDecimal(value);
            if (number == null || number.compareTo(min) < 0 || number.compareTo(max) > 0 || number.scale() > scale) {
                errors.put(field, rule);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            errors.put(field, rule);
            return null;
        }
    }
}
