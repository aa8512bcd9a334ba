package org.zhuye.employer.declaration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.zhuye.employer.levy.Headcount;
import org.zhuye.person.CertificateNumber;

/**
 * A declaration's figures as typed or sent: the previous year's staff (one number, or the 12
 * monthly headcounts), its wage total, and the disabled employees. {@link #validate} returns every
 * problem at once, each naming the field or the employee's row.
 */
public record DeclarationInput(String staffCount, List<String> monthlyHeadcounts, String wageTotal,
                               List<EmployeeInput> employees) {

    public DeclarationInput {
        monthlyHeadcounts = monthlyHeadcounts == null ? List.of() : List.copyOf(monthlyHeadcounts);
        employees = employees == null ? List.of() : List.copyOf(employees);
    }

    public static DeclarationInput empty() {
        return new DeclarationInput("", List.of(), "", List.of(EmployeeInput.blank()));
    }

    /** The 12 monthly fields for the form, blank where nothing was given. */
    public List<String> monthlyForForm() {
        List<String> months = new ArrayList<>(monthlyHeadcounts);
        while (months.size() < 12) {
            months.add("");
        }
        return months;
    }

    public DeclarationData validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        Headcount headcount = headcount(errors);
        BigDecimal wage = money(wageTotal);
        if (wage == null) {
            errors.put("wageTotal", "上年工资总额须填写为不小于0的金额（元，最多两位小数）");
        }
        List<EmployeeLine> lines = new ArrayList<>();
        int row = 0;
        for (EmployeeInput employee : employees) {
            if (employee == null || employee.isEmpty()) {
                continue;
            }
            row++;
            EmployeeLine line = line(employee, row, errors);
            if (line != null) {
                lines.add(line);
            }
        }
        if (row > 10_000) {
            errors.put("employees", "残疾职工最多填报10000名");
        }
        if (!errors.isEmpty()) {
            throw new DeclarationRuleException(errors);
        }
        return new DeclarationData(headcount, wage, lines);
    }

    private Headcount headcount(Map<String, String> errors) {
        boolean anyMonth = monthlyHeadcounts.stream().anyMatch(m -> m != null && !m.isBlank());
        boolean single = staffCount != null && !staffCount.isBlank();
        if (anyMonth && single) {
            errors.put("staffCount", "在职职工人数：填年平均人数或12个月的人数，只填一种");
            return null;
        }
        if (!anyMonth) {
            Integer count = whole(staffCount);
            if (count == null || count < 1 || count > 10_000_000) {
                errors.put("staffCount", "在职职工人数须为至少1的整数（或改填12个月的人数）");
                return null;
            }
            return Headcount.of(count);
        }
        List<Integer> months = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            Integer value = m < monthlyHeadcounts.size() ? whole(monthlyHeadcounts.get(m)) : null;
            if (value == null || value < 0 || value > 10_000_000) {
                errors.put("monthlyHeadcounts[" + m + "]", (m + 1) + "月在职职工人数须为不小于0的整数（12个月都要填）");
            }
            months.add(value);
        }
        if (months.contains(null)) {
            return null;
        }
        if (months.stream().mapToLong(Integer::longValue).sum() == 0) {
            errors.put("monthlyHeadcounts[0]", "12个月的在职职工人数不能全为0");
            return null;
        }
        return Headcount.monthly(months);
    }

    private static EmployeeLine line(EmployeeInput in, int row, Map<String, String> errors) {
        String at = "employees[" + (row - 1) + "].";
        String who = "第" + row + "名残疾职工：";
        int before = errors.size();
        String name = in.name() == null ? "" : in.name().strip();
        if (name.isEmpty() || name.length() > 50) {
            errors.put(at + "name", who + "姓名不能为空，且不超过50个字");
        }
        String certificate = in.certificateNumber() == null ? "" : in.certificateNumber().replace(" ", "").strip().toUpperCase();
        if (certificate.isEmpty() || certificate.length() > 30) {
            errors.put(at + "certificateNumber", who + "残疾人证号不能为空");
        }
        Integer months = whole(in.months());
        if (months == null || months < 1 || months > 12) {
            errors.put(at + "months", who + "上年在本单位工作月数须为1到12的整数");
        }
        Boolean contract = yesNo(in.contract());
        if (contract == null) {
            errors.put(at + "contract", who + "“在编或劳动合同1年以上”须选是或否");
        }
        BigDecimal wage = money(in.monthlyWage());
        if (wage == null) {
            errors.put(at + "monthlyWage", who + "月工资须为不小于0的金额（元，最多两位小数）");
        }
        Boolean insurance = yesNo(in.socialInsurance());
        if (insurance == null) {
            errors.put(at + "socialInsurance", who + "“足额缴纳社会保险”须选是或否");
        }
        Dispatch dispatch = Dispatch.parse(in.dispatch()).orElse(null);
        if (dispatch == null) {
            errors.put(at + "dispatch", who + "劳务派遣须为 NONE、COUNTED_HERE、COUNTED_BY_OTHER 之一");
        }
        if (errors.size() > before) {
            return null;
        }
        return new EmployeeLine(name, certificate, CertificateNumber.parse(certificate), months, contract, wage,
                insurance, dispatch);
    }

    private static Integer whole(String text) {
        if (text == null || !text.strip().matches("\\d{1,9}")) {
            return null;
        }
        return Integer.parseInt(text.strip());
    }

    private static BigDecimal money(String text) {
        if (text == null || !text.strip().replace(",", "").matches("\\d{1,14}(\\.\\d{1,2})?")) {
            return null;
        }
        return new BigDecimal(text.strip().replace(",", ""));
    }

    private static Boolean yesNo(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip()) {
            case "true", "是", "yes" -> true;
            case "false", "否", "no" -> false;
            default -> null;
        };
    }
}
