package org.zhuye.employer.levy;

import static org.zhuye.employer.levy.LevyFigures.fromTwelfths;
import static org.zhuye.employer.levy.LevyFigures.number;
import static org.zhuye.employer.levy.LevyFigures.percent;
import static org.zhuye.employer.levy.LevyFigures.plain;
import static org.zhuye.employer.levy.LevyFigures.yuan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.zhuye.person.DisabilityCategory;
import org.zhuye.employer.EmployerType;

/**
 * The levy (残疾人就业保障金) of one declaration under one year's parameters: 财税〔2015〕72号 Art. 8,
 * with the 2x wage cap, the ≤30-staff exemption for enterprises and the 50%/90% tiers of
 * 财政部公告2019年第98号 and 2023年第8号, and Inner Mongolia's wider double count (rules.md §1).
 * Pure and thread-safe.
 *
 * <p>Headcounts are kept in twelfths of a person-year (person-months), so month proration and an
 * unrounded average stay exact; every comparison (exemption, quota, tier, cap) is made on exact
 * values, and the amount is divided once, at the end, and rounded half up to 0.01 yuan.
 */
public final class LevyCalculator {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Beyond this many kinds of employee (category, grade, months) the explanation gives totals. */
    private static final int MAX_LISTED_GROUPS = 8;

    public LevyResult calculate(LevyDeclaration declaration, LevyParameters parameters) {
        if (declaration.year() != parameters.year()) {
            throw new IllegalArgumentException("参数年度 " + parameters.year() + " 与征收年度 " + declaration.year() + " 不一致");
        }
        List<LevyStep> steps = new ArrayList<>(8);
        long staffTwelfths = staff(declaration, parameters, steps);
        BigDecimal staff = fromTwelfths(staffTwelfths);
        long countedTwelfths = counted(declaration, parameters, steps);
        BigDecimal counted = fromTwelfths(countedTwelfths);

        if (exempt(declaration, parameters, staffTwelfths, staff, steps)) {
            steps.add(new LevyStep("DUE", "符合暂免征收条件，不计算应缴金额", null, "应缴 0.00 元"));
            return new LevyResult(BigDecimal.ZERO.setScale(2), true, staff, counted, null, null, null, null, null,
                    List.copyOf(steps));
        }

        BigDecimal wageTotal = declaration.wageTotal();
        BigDecimal h = BigDecimal.valueOf(staffTwelfths);
        BigDecimal cap = cap(declaration, parameters, steps);
        boolean capped = wageTotal.multiply(TWELVE).compareTo(cap.multiply(h)) > 0;
        BigDecimal average = wageTotal.multiply(TWELVE).divide(h, 2, RoundingMode.HALF_UP);
        BigDecimal base = capped ? cap.setScale(2, RoundingMode.HALF_UP) : average;
        steps.add(new LevyStep("BASE", "计征基数 = 上年工资总额 ÷ 在职职工人数，超过上限的按上限计算", null,
                yuan(wageTotal) + " ÷ " + number(staff) + " = " + yuan(average) + " 元，"
                        + (capped ? "超过上限，按上限 " + yuan(base) + " 元计" : "未超过上限 " + yuan(cap) + " 元，计征基数 " + yuan(base) + " 元")));

        BigDecimal ratio = parameters.quotaRatio();
        BigDecimal requiredTwelfths = ratio.multiply(h);
        BigDecimal required = fromTwelfths(requiredTwelfths);
        steps.add(new LevyStep("REQUIRED", "应安排人数 = 在职职工人数 × 规定比例，不取整",
                "规定比例 " + number(ratio.multiply(HUNDRED)) + "%（" + parameters.row(LevyParameter.QUOTA_RATIO).citation() + "）",
                number(staff) + " × " + number(ratio.multiply(HUNDRED)) + "% = " + number(required)));

        BigDecimal shortfallTwelfths = requiredTwelfths.subtract(BigDecimal.valueOf(countedTwelfths)).max(BigDecimal.ZERO);
        BigDecimal shortfall = fromTwelfths(shortfallTwelfths);
        steps.add(new LevyStep("SHORTFALL", "差额人数 = 应安排人数 − 实际安排人数，可以不是整数；不足0按0计", null,
                number(required) + " − " + number(counted) + (shortfallTwelfths.signum() == 0
                        && requiredTwelfths.compareTo(BigDecimal.valueOf(countedTwelfths)) != 0 ? " < 0，按 0 计" : " = " + number(shortfall))));

        BigDecimal actualRatio = BigDecimal.valueOf(countedTwelfths).divide(h, 6, RoundingMode.DOWN);
        BigDecimal factor = tier(parameters, countedTwelfths, h, shortfallTwelfths, actualRatio, steps);

        BigDecimal due;
        if (shortfallTwelfths.signum() == 0) {
            due = BigDecimal.ZERO.setScale(2);
            steps.add(new LevyStep("DUE", "已达到规定比例，无需缴纳", null, "应缴 0.00 元"));
        } else {
            // shortfall × base × factor = (S/12) × cap × f, or (S/12) × (12W/h) × f = S × W × f / h.
            BigDecimal numerator = shortfallTwelfths.multiply(capped ? cap : wageTotal).multiply(factor);
            due = numerator.divide(capped ? TWELVE : h, 2, RoundingMode.HALF_UP);
            steps.add(new LevyStep("DUE", "应缴金额 = 差额人数 × 计征基数 × 征收比例，四舍五入到0.01元", null,
                    number(shortfall) + " × " + yuan(base) + " × " + number(factor.multiply(HUNDRED)) + "% = "
                            + yuan(due) + " 元"));
        }
        return new LevyResult(due, false, staff, counted, required, shortfall, plain(actualRatio), plain(factor),
                base, List.copyOf(steps));
    }

    /** 在职职工人数 in twelfths. */
    private static long staff(LevyDeclaration declaration, LevyParameters parameters, List<LevyStep> steps) {
        Headcount headcount = declaration.headcount();
        if (!headcount.isMonthly()) {
            steps.add(new LevyStep("STAFF", "在职职工人数按单位填报的上年人数", null, "在职职工 " + headcount.staffCount() + " 人"));
            return headcount.personMonths();
        }
        HeadcountRounding rounding = parameters.headcountRounding();
        long personMonths = headcount.personMonths();
        long twelfths = rounding.twelfths(personMonths);
        String average = number(BigDecimal.valueOf(personMonths).divide(TWELVE, 4, RoundingMode.HALF_UP));
        steps.add(new LevyStep("STAFF", "在职职工人数 = 上年12个月在职职工人数之和 ÷ 12，按参数取整",
                "取整方式：" + rounding.label() + "（" + parameters.row(LevyParameter.HEADCOUNT_ROUNDING).citation() + "）",
                headcount.monthly().stream().map(String::valueOf).collect(Collectors.joining("+")) + " = " + personMonths
                        + "，÷ 12 = " + average + "，" + rounding.label() + "为 " + number(fromTwelfths(twelfths)) + " 人"));
        if (twelfths == 0) {
            throw LevyInputException.of("monthlyHeadcounts", "年平均在职职工人数 " + average + " 按“" + rounding.label()
                    + "”后为0，无法计算保障金");
        }
        return twelfths;
    }

    /** Disabled employees counted, in twelfths, after double counting and proration. */
    private static long counted(LevyDeclaration declaration, LevyParameters parameters, List<LevyStep> steps) {
        int maxGrade = parameters.doubleCountMaxGrade();
        boolean byMonth = parameters.partYearCounting() == PartYearCounting.BY_MONTH;
        // Employees grouped by (category, grade, months) in first-seen order; an array, not a map,
        // because large employers declare hundreds and this runs for every declaration.
        int[] counts = new int[8 * 5 * 13];
        int[] order = new int[counts.length];
        int kinds = 0;
        for (DisabledEmployee employee : declaration.disabledEmployees()) {
            int key = (employee.category() * 5 + employee.grade()) * 13 + employee.months();
            if (counts[key]++ == 0) {
                order[kinds++] = key;
            }
        }
        long total = 0;
        // Persons by weight (index 1 or 2), and of them those counted for part of the year.
        int[] persons = new int[3];
        int[] partYear = new int[3];
        List<String> parts = new ArrayList<>(Math.min(kinds, MAX_LISTED_GROUPS));
        for (int k = 0; k < kinds; k++) {
            int key = order[k];
            int category = key / 13 / 5;
            int grade = key / 13 % 5;
            int declaredMonths = key % 13;
            int count = counts[key];
            int weight = grade <= maxGrade || parameters.doubleCountCategories().contains(category) ? 2 : 1;
            int months = byMonth ? declaredMonths : 12;
            long twelfths = (long) count * weight * months;
            total += twelfths;
            persons[weight] += count;
            partYear[weight] += months < 12 ? count : 0;
            if (kinds <= MAX_LISTED_GROUPS) {
                parts.add(count + "人" + new DisabledEmployee(category, grade, declaredMonths).label()
                        + (declaredMonths < 12 ? "在岗" + declaredMonths + "个月" : "全年在岗")
                        + "：每人按" + weight + "人" + (months < 12 ? "×" + months + "/12" : "") + " = " + number(fromTwelfths(twelfths)));
            }
        }
        if (kinds > MAX_LISTED_GROUPS) {
            // A long list explains nothing: say how many count twice and how many by month.
            parts.add("按2人计算 " + persons[2] + " 人（其中按月折算 " + partYear[2] + " 人），按1人计算 " + persons[1]
                    + " 人（其中按月折算 " + partYear[1] + " 人）");
        }
        String categories = parameters.doubleCountCategories().isEmpty() ? "无"
                : parameters.doubleCountCategories().stream().map(c -> DisabilityCategory.of(c).orElseThrow().label() + "（" + c + "）")
                .collect(Collectors.joining("、"));
        steps.add(new LevyStep("COUNTED",
                "实际安排残疾人就业人数：1至" + maxGrade + "级残疾人，以及" + categories + "残疾人不论等级，每人按2人计算；"
                        + "不满一年的" + parameters.partYearCounting().label(),
                "加倍等级上限 " + maxGrade + " 级（" + parameters.row(LevyParameter.DOUBLE_COUNT_MAX_GRADE).citation() + "）；加倍类别 "
                        + categories + "（" + parameters.row(LevyParameter.DOUBLE_COUNT_CATEGORIES).citation() + "）；不满一年："
                        + parameters.partYearCounting().label() + "（" + parameters.row(LevyParameter.PART_YEAR_COUNTING).citation() + "）",
                parts.isEmpty() ? "未安排残疾人就业，按 0 人计" : String.join("；", parts) + "；合计 " + number(fromTwelfths(total)) + " 人"));
        return total;
    }

    private static boolean exempt(LevyDeclaration declaration, LevyParameters parameters, long staffTwelfths,
                                  BigDecimal staff, List<LevyStep> steps) {
        EmployerType type = declaration.employerType();
        int max = parameters.enterpriseExemptionMaxStaff();
        if (!type.enterprise()) {
            steps.add(new LevyStep("EXEMPTION", "在职职工30人（含）以下暂免征收只适用于企业（财政部公告2019年第98号第四条）", null,
                    type.label() + "不是企业，不适用暂免征收"));
            return false;
        }
        if (max == 0) {
            steps.add(new LevyStep("EXEMPTION", "本征收年度没有企业暂免征收政策",
                    "人数上限 0（" + parameters.row(LevyParameter.ENTERPRISE_EXEMPTION_MAX_STAFF).citation() + "）", "不适用暂免征收"));
            return false;
        }
        boolean exempt = staffTwelfths <= 12L * max;
        steps.add(new LevyStep("EXEMPTION", "在职职工人数在上限（含）以下的企业暂免征收",
                "人数上限 " + max + " 人（" + parameters.row(LevyParameter.ENTERPRISE_EXEMPTION_MAX_STAFF).citation() + "）",
                type.label() + "在职职工 " + number(staff) + " 人" + (exempt ? " ≤ " + max + "，暂免征收" : " > " + max + "，不免征")));
        return exempt;
    }

    /** The wage cap: multiple × the social average wage (the declaration's, else the parameter). */
    private static BigDecimal cap(LevyDeclaration declaration, LevyParameters parameters, List<LevyStep> steps) {
        BigDecimal social = declaration.socialAverageWage();
        String socialSource = "由计算请求填写";
        if (social == null) {
            social = parameters.socialAverageWage();
            if (social == null) {
                throw new NoLevyParameters("区划 " + parameters.regionCode() + " 的 " + parameters.year()
                        + " 征收年度没有“当地社会平均工资”参数，请求中也未填写 socialAverageWage，无法确定年平均工资上限；请补充参数或在请求中填写");
            }
            socialSource = parameters.row(LevyParameter.SOCIAL_AVERAGE_WAGE).citation();
        }
        BigDecimal multiple = parameters.wageCapMultiple();
        BigDecimal cap = social.multiply(multiple);
        steps.add(new LevyStep("CAP", "年平均工资上限 = 当地社会平均工资 × 上限倍数",
                "社会平均工资 " + yuan(social) + " 元（" + socialSource + "）；上限倍数 " + number(multiple) + "（"
                        + parameters.row(LevyParameter.WAGE_CAP_MULTIPLE).citation() + "）",
                yuan(social) + " × " + number(multiple) + " = " + yuan(cap) + " 元"));
        return cap;
    }

    /** The share collected: 0 when the quota is met, else by the tier the actual ratio reaches. */
    private static BigDecimal tier(LevyParameters parameters, long countedTwelfths, BigDecimal h,
                                   BigDecimal shortfallTwelfths, BigDecimal actualRatio, List<LevyStep> steps) {
        BigDecimal tierRatio = parameters.tierRatio();
        BigDecimal at = parameters.factorAtOrAboveTier();
        BigDecimal below = parameters.factorBelowTier();
        String quota = number(parameters.quotaRatio().multiply(HUNDRED)) + "%";
        String bound = number(tierRatio.multiply(HUNDRED)) + "%";
        BigDecimal factor;
        String outcome;
        if (shortfallTwelfths.signum() == 0) {
            factor = BigDecimal.ZERO;
            outcome = "达到规定比例 " + quota + "，不缴纳";
        } else if (BigDecimal.valueOf(countedTwelfths).compareTo(tierRatio.multiply(h)) >= 0) {
            factor = at;
            outcome = "达到 " + bound + "（含）但未达到 " + quota + "，按 " + number(at.multiply(HUNDRED)) + "% 征收";
        } else {
            factor = below;
            outcome = "低于 " + bound + "，按 " + number(below.multiply(HUNDRED)) + "% 征收";
        }
        steps.add(new LevyStep("TIER",
                "实际安排比例 = 实际安排人数 ÷ 在职职工人数；达到规定比例不缴，" + bound + "（含）以上按 "
                        + number(at.multiply(HUNDRED)) + "%、以下按 " + number(below.multiply(HUNDRED)) + "% 征收",
                "分档界限 " + bound + "（" + parameters.row(LevyParameter.TIER_RATIO).citation() + "）；征收比例 "
                        + number(at.multiply(HUNDRED)) + "%（" + parameters.row(LevyParameter.TIER_FACTOR_AT_OR_ABOVE).citation() + "）、"
                        + number(below.multiply(HUNDRED)) + "%（" + parameters.row(LevyParameter.TIER_FACTOR_BELOW).citation() + "）",
                "实际安排比例 " + percent(actualRatio) + "，" + outcome));
        return factor;
    }
}
