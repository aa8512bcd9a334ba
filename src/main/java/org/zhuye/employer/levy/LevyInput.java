package org.zhuye.employer.levy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.zhuye.region.RegionCode;
import org.zhuye.employer.EmployerType;

/**
 * A levy calculation request as it arrives (the JSON of {@code POST /api/v1/levy/calculate}):
 * everything may be missing or wrong. {@link #toDeclaration()} reports every problem at once.
 *
 * @param staffCount        在职职工人数; give this or {@code monthlyHeadcounts}, not both
 * @param monthlyHeadcounts the 12 monthly headcounts of the previous year
 * @param socialAverageWage optional; when absent the region's parameter for the year applies
 */
public record LevyInput(Integer year, String regionCode, String employerType, Integer staffCount,
                        List<Integer> monthlyHeadcounts, BigDecimal wageTotal, BigDecimal socialAverageWage,
                        List<Employee> disabledEmployees) {

    /**
     * The most disabled employees one request may list: far above any unit's (the largest employers
     * have a few thousand), far below what ties the server up (300,000 rows took 3 s).
     */
    public static final int MAX_EMPLOYEES = 10_000;

    /** One disabled employee: certificate category 1–7, grade 1–4, months employed 1–12. */
    public record Employee(Integer category, Integer grade, Integer months) {
    }

    public LevyDeclaration toDeclaration() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (year == null) {
            errors.put("year", "征收年度（year）不能为空");
        } else if (year < 1990 || year > 2100) {
            errors.put("year", "征收年度（year）应为四位年份，收到 " + year);
        }
        RegionCode region = null;
        if (regionCode == null || regionCode.isBlank()) {
            errors.put("regionCode", "区划代码（regionCode）不能为空");
        } else {
            region = RegionCode.parse(regionCode).orElse(null);
            if (region == null) {
                errors.put("regionCode", "区划代码（regionCode）“" + regionCode + "”不是12位统计用区划代码");
            }
        }
        EmployerType type = employerType == null ? null : EmployerType.parse(employerType.strip()).orElse(null);
        if (type == null) {
            errors.put("employerType", "单位类型（employerType）应为 " + Arrays.stream(EmployerType.values())
                    .map(t -> t.name() + "（" + t.label() + "）").collect(Collectors.joining("、")) + " 之一"
                    + (employerType == null ? "，不能为空" : "，收到“" + employerType + "”"));
        }
        Headcount headcount = headcount(errors);
        if (wageTotal == null) {
            errors.put("wageTotal", "工资总额（wageTotal）不能为空");
        } else if (wageTotal.signum() < 0) {
            errors.put("wageTotal", "工资总额（wageTotal）不能为负数");
        }
        if (socialAverageWage != null && socialAverageWage.signum() <= 0) {
            errors.put("socialAverageWage", "社会平均工资（socialAverageWage）填写时应大于0");
        }
        List<DisabledEmployee> employees = employees(errors);
        if (!errors.isEmpty()) {
            throw new LevyInputException(errors);
        }
        return new LevyDeclaration(year, region, type, headcount, wageTotal, socialAverageWage, employees);
    }

    private Headcount headcount(Map<String, String> errors) {
        if (staffCount != null && monthlyHeadcounts != null) {
            errors.put("staffCount", "在职职工人数（staffCount）与12个月人数（monthlyHeadcounts）只能填一项");
            return null;
        }
        if (staffCount == null && monthlyHeadcounts == null) {
            errors.put("staffCount", "请填写在职职工人数（staffCount）或12个月的在职职工人数（monthlyHeadcounts）");
            return null;
        }
        if (staffCount != null) {
            if (staffCount < 1) {
                errors.put("staffCount", "在职职工人数（staffCount）应至少为1，收到 " + staffCount);
                return null;
            }
            return Headcount.of(staffCount);
        }
        if (monthlyHeadcounts.size() != 12) {
            errors.put("monthlyHeadcounts", "月度在职职工人数（monthlyHeadcounts）应正好12个，收到 " + monthlyHeadcounts.size() + " 个");
            return null;
        }
        for (int i = 0; i < 12; i++) {
            Integer count = monthlyHeadcounts.get(i);
            if (count == null || count < 0) {
                errors.put("monthlyHeadcounts[" + i + "]", "第" + (i + 1) + "月在职职工人数应为非负整数，收到 " + count);
            }
        }
        if (errors.keySet().stream().anyMatch(k -> k.startsWith("monthlyHeadcounts"))) {
            return null;
        }
        if (monthlyHeadcounts.stream().allMatch(c -> c == 0)) {
            errors.put("monthlyHeadcounts", "12个月的在职职工人数不能全为0");
            return null;
        }
        return Headcount.monthly(monthlyHeadcounts);
    }

    private List<DisabledEmployee> employees(Map<String, String> errors) {
        List<DisabledEmployee> employees = new ArrayList<>();
        if (disabledEmployees == null) {
            return employees;
        }
        if (disabledEmployees.size() > MAX_EMPLOYEES) {
            errors.put("disabledEmployees", "残疾职工（disabledEmployees）一次最多 " + MAX_EMPLOYEES + " 名，收到 "
                    + disabledEmployees.size() + " 名");
            return employees;
        }
        for (int i = 0; i < disabledEmployees.size(); i++) {
            Employee e = disabledEmployees.get(i);
            String field = "disabledEmployees[" + i + "]";
            String who = "第" + (i + 1) + "名残疾职工";
            if (e == null) {
                errors.put(field, who + "为空");
                continue;
            }
            boolean ok = true;
            if (e.category() == null || e.category() < 1 || e.category() > 7) {
                errors.put(field + ".category", who + "的残疾类别（category）应为1–7（1视力 2听力 3言语 4肢体 5智力 6精神 7多重），收到 " + e.category());
                ok = false;
            }
            if (e.grade() == null || e.grade() < 1 || e.grade() > 4) {
                errors.put(field + ".grade", who + "的残疾等级（grade）应为1–4，收到 " + e.grade());
                ok = false;
            }
            if (e.months() == null || e.months() < 1 || e.months() > 12) {
                errors.put(field + ".months", who + "的在岗月数（months）应为1–12，收到 " + e.months());
                ok = false;
            }
            if (ok) {
                employees.add(new DisabledEmployee(e.category(), e.grade(), e.months()));
            }
        }
        return employees;
    }
}
