package org.zhuye.employer.levy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The levy calculator's form, all text as typed. {@link #toInput} turns it into a {@link LevyInput}
 * or every problem keyed by the id of the form field it concerns ({@code year}, {@code month-3},
 * {@code emp-2-months}, …), in Chinese. Employee rows are repeated parameters; a row whose category
 * and grade are both left unchosen is blank and ignored.
 */
record LevyForm(String year, String regionCode, String employerType, String staffCount, List<String> months,
                String wageTotal, String socialAverageWage, List<Row> rows) {

    /** Blank rows on a fresh form, and how many 添加 adds: enough for most small units without any script. */
    static final int BLANK_ROWS = 3;

    /** One disabled employee as typed: category 1–7, grade 1–4, months in the year. */
    record Row(String category, String grade, String months) {

        static Row blank() {
            return new Row("", "", "12");
        }

        boolean isBlank() {
            return empty(category) && empty(grade);
        }
    }

    LevyForm {
        months = months == null ? List.of() : List.copyOf(months);
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    static LevyForm blank(String year, String regionCode) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(Row.blank());
        }
        return new LevyForm(year, regionCode, "PRIVATE_ENTERPRISE", "", List.of(), "", "", rows);
    }

    static LevyForm read(HttpServletRequest request) {
        String[] months = request.getParameterValues("month");
        String[] categories = values(request, "empCategory");
        String[] grades = values(request, "empGrade");
        String[] employed = values(request, "empMonths");
        int count = Math.max(categories.length, Math.max(grades.length, employed.length));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Row(at(categories, i), at(grades, i), at(employed, i)));
        }
        return new LevyForm(request.getParameter("year"), request.getParameter("regionCode"),
                request.getParameter("employerType"), request.getParameter("staffCount"),
                months == null ? List.of() : List.of(months), request.getParameter("wageTotal"),
                request.getParameter("socialAverageWage"), rows);
    }

    /** The 12 monthly fields for the page, blank where nothing was given. */
    public List<String> monthsForForm() {
        List<String> all = new ArrayList<>(months);
        while (all.size() < 12) {
            all.add("");
        }
        return all;
    }

    public boolean monthly() {
        return months.stream().anyMatch(m -> !empty(m));
    }

    LevyForm withMoreRows() {
        List<Row> more = new ArrayList<>(rows);
        for (int i = 0; i < BLANK_ROWS; i++) {
            more.add(Row.blank());
        }
        return withRows(more);
    }

    LevyForm withoutRow(int index) {
        List<Row> fewer = new ArrayList<>(rows);
        if (index >= 0 && index < fewer.size()) {
            fewer.remove(index);
        }
        if (fewer.isEmpty()) {
            fewer.add(Row.blank());
        }
        return withRows(fewer);
    }

    private LevyForm withRows(List<Row> replaced) {
        return new LevyForm(year, regionCode, employerType, staffCount, months, wageTotal, socialAverageWage, replaced);
    }

    /** The request for the engine, or every problem with the form; {@link LevyInput} adds its own rules. */
    LevyInput toInput() {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer parsedYear = whole(year);
        if (parsedYear == null) {
            errors.put("year", "征收年度须为4位年份，如 2024");
        }
        Integer staff = null;
        if (!empty(staffCount)) {
            staff = whole(staffCount);
            if (staff == null) {
                errors.put("staffCount", "在职职工人数须为整数，如 200");
            }
        }
        List<Integer> monthly = null;
        if (monthly()) {
            monthly = new ArrayList<>();
            for (int m = 0; m < 12; m++) {
                String text = monthsForForm().get(m);
                Integer value = whole(text);
                if (value == null) {
                    errors.put("month-" + m, (m + 1) + "月在职职工人数" + (empty(text) ? "未填：按月填报须填满12个月"
                            : "须为不小于0的整数"));
                }
                monthly.add(value);
            }
        }
        BigDecimal wage = null;
        if (empty(wageTotal)) {
            errors.put("wageTotal", "请填写上年工资总额（元）");
        } else if ((wage = money(wageTotal)) == null) {
            errors.put("wageTotal", "工资总额须为不小于0的金额（元，最多两位小数），如 16000000");
        }
        BigDecimal social = null;
        if (!empty(socialAverageWage) && ((social = money(socialAverageWage)) == null || social.signum() == 0)) {
            errors.put("socialAverageWage", "当地社会平均工资须为大于0的金额（元）；不填则用参数表中的值");
            social = null;
        }
        List<LevyInput.Employee> employees = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            String at = "emp-" + i + "-";
            String who = "第" + (i + 1) + "行残疾职工：";
            Integer category = whole(row.category());
            Integer grade = whole(row.grade());
            Integer employedMonths = whole(row.months());
            if (category == null || category < 1 || category > 7) {
                errors.put(at + "category", who + "请选择残疾类别");
            }
            if (grade == null || grade < 1 || grade > 4) {
                errors.put(at + "grade", who + "请选择残疾等级（一至四级）");
            }
            if (employedMonths == null || employedMonths < 1 || employedMonths > 12) {
                errors.put(at + "months", who + "上年在岗月数须为1到12的整数");
            }
            employees.add(new LevyInput.Employee(category, grade, employedMonths));
        }
        if (!errors.isEmpty()) {
            throw new LevyInputException(errors);
        }
        return new LevyInput(parsedYear, empty(regionCode) ? null : regionCode.strip(), employerType, staff, monthly,
                wage, social, employees);
    }

    /**
     * The engine's field names ({@code monthlyHeadcounts[3]}, {@code disabledEmployees[1].months}) as
     * this form's ids, its messages without the API's parameter names in brackets.
     */
    static Map<String, String> formErrors(Map<String, String> errors) {
        Map<String, String> out = new LinkedHashMap<>();
        errors.forEach((key, message) -> out.put(key
                        .replaceAll("^monthlyHeadcounts\\[(\\d+)]$", "month-$1")
                        .replaceAll("^monthlyHeadcounts$", "month-0")
                        .replaceAll("^disabledEmployees\\[(\\d+)]\\.(\\w+)$", "emp-$1-$2"),
                message.replaceAll("（[A-Za-z]+）", "")));
        return out;
    }

    private static boolean empty(String text) {
        return text == null || text.isBlank();
    }

    private static Integer whole(String text) {
        if (text == null || !text.strip().matches("\\d{1,9}")) {
            return null;
        }
        return Integer.parseInt(text.strip());
    }

    private static BigDecimal money(String text) {
        String clean = text.strip().replace(",", "").replace("，", "");
        return clean.matches("\\d{1,14}(\\.\\d{1,2})?") ? new BigDecimal(clean) : null;
    }

    private static String[] values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? new String[0] : values;
    }

    private static String at(String[] values, int i) {
        return i < values.length ? values[i] : "";
    }
}
