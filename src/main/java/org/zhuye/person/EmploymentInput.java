package org.zhuye.person;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A status change as typed or read from a file: in work (with form, employer, occupation,
 * income, satisfaction) or not (with reason R19 and livelihood R18), from a date.
 */
public record EmploymentInput(String effectiveOn, String employed, String form, String employerName, String occupation,
                              String monthlyIncome, String satisfaction, String reason, String livelihood) {

    /** An empty form: what a new status form shows. */
    public static final EmploymentInput BLANK = new EmploymentInput(null, null, null, null, null, null, null, null, null);

    public static final Map<String, String> LABELS = Map.of(
            "effectiveOn", "就业状况日期", "employed", "是否就业", "form", "就业形式", "employerName", "就业单位",
            "occupation", "职业", "monthlyIncome", "月收入（元）", "satisfaction", "就业满意度",
            "reason", "未就业主要原因", "livelihood", "未就业主要生活来源");

    public Validated validate(CodeLists codes, LocalDate today, LocalDate birthDate) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("effectiveOn", effectiveOn);
        fields.put("employed", employed);
        fields.put("form", form);
        fields.put("employerName", employerName);
        fields.put("occupation", occupation);
        fields.put("monthlyIncome", monthlyIncome);
        fields.put("satisfaction", satisfaction);
        fields.put("reason", reason);
        fields.put("livelihood", livelihood);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!TextFields.check(fields, errors)) {
            // Nothing else is read from a field that is not one line of text of its length.
            return new Validated(null, errors);
        }
        LocalDate date = null;
        try {
            date = effectiveOn == null || effectiveOn.isBlank() ? today : LocalDate.parse(effectiveOn.strip().replace('/', '-'));
            if (date.isAfter(today)) {
                errors.put("effectiveOn", "就业状况日期不能晚于今天");
            } else if (birthDate != null && date.isBefore(birthDate)) {
                errors.put("effectiveOn", "就业状况日期不能早于出生日期");
            }
        } catch (DateTimeParseException e) {
            errors.put("effectiveOn", "日期须写作 YYYY-MM-DD");
        }
        Boolean isEmployed = parseEmployed(employed);
        if (isEmployed == null) {
            errors.put("employed", "是否就业须填“是”或“否”");
            return new Validated(null, errors);
        }
        Integer formCode = null;
        Integer reasonCode = null;
        Integer livelihoodCode = null;
        BigDecimal income = null;
        Integer satisfactionLevel = null;
        if (isEmployed) {
            formCode = code(codes, CodeLists.EMPLOYMENT_FORM, form, "form", "已就业须填写就业形式（按比例、集中、个体、公益性岗位、辅助性、农村种养加、灵活就业）", true, errors);
            if (present(reason) || present(livelihood)) {
                errors.put("reason", "已就业时不填未就业原因和生活来源");
            }
            if (present(monthlyIncome)) {
                try {
                    income = new BigDecimal(monthlyIncome.strip());
                    if (income.signum() < 0 || income.compareTo(new BigDecimal("1000000")) >= 0) {
                        errors.put("monthlyIncome", "月收入须为0至999999元");
                    }
                } catch (NumberFormatException e) {
                    errors.put("monthlyIncome", "月收入须为数字（元）");
                }
            }
            if (present(satisfaction)) {
                try {
                    satisfactionLevel = Integer.parseInt(satisfaction.strip());
                    if (satisfactionLevel < 1 || satisfactionLevel > 5) {
                        errors.put("satisfaction", "满意度须为1（很不满意）至5（很满意）");
                    }
                } catch (NumberFormatException e) {
                    errors.put("satisfaction", "满意度须为1（很不满意）至5（很满意）");
                }
            }
        } else {
            if (present(form) || present(employerName) || present(occupation) || present(monthlyIncome)) {
                errors.put("form", "未就业时不填就业形式、单位、职业和收入");
            }
            reasonCode = code(codes, CodeLists.NOT_EMPLOYED_REASON, reason, "reason", "未就业须填写主要原因（R19）", true, errors);
            livelihoodCode = code(codes, CodeLists.LIVELIHOOD, livelihood, "livelihood", "主要生活来源须为列表中的一项（R18）", false, errors);
        }
        if (!errors.isEmpty()) {
            return new Validated(null, errors);
        }
        return new Validated(new Employment(date, isEmployed, formCode, trim(employerName), trim(occupation), income,
                satisfactionLevel, reasonCode, livelihoodCode), Map.of());
    }

    private static Boolean parseEmployed(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip()) {
            case "是", "已就业", "true", "1", "EMPLOYED" -> true;
            case "否", "未就业", "false", "0", "NOT_EMPLOYED" -> false;
            default -> null;
        };
    }

    private static Integer code(CodeLists codes, String list, String raw, String field, String rule, boolean required,
                                Map<String, String> errors) {
        if (!present(raw)) {
            if (required) {
                errors.put(field, rule);
            }
            return null;
        }
        String value = raw.strip();
        String code = codes.contains(list, value) ? value : codes.codeOfLabel(list, value).orElse(null);
        if (code == null) {
            errors.put(field, rule);
            return null;
        }
        return Integer.valueOf(code);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String trim(String text) {
        return present(text) ? text.strip() : null;
    }

    /** A validated status change. */
    public record Employment(LocalDate effectiveOn, boolean employed, Integer form, String employerName,
                             String occupation, BigDecimal monthlyIncome, Integer satisfaction, Integer reason,
                             Integer livelihood) {
    }

    public record Validated(Employment employment, Map<String, String> errors) {
        public boolean ok() {
            return employment != null;
        }
    }
}
