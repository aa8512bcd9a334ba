package org.zhuye.employer.declaration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.zhuye.employer.levy.Levies;
import org.zhuye.employer.levy.NoLevyParameters;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/**
 * The lists the federation needs for a year and a region inside the user's jurisdiction (issue 4
 * point 5). Figures come from confirmed declarations only. A unit that never submitted counts as
 * 未申报 once the year's deadline has passed (before it, it is simply not listed yet); submitted or
 * returned declarations await review and are not listed.
 */
@Service
public class QuotaLists {

    private final QuotaListRepository units;
    private final DeclarationParameters parameters;
    private final Levies levies;
    private final RegionRepository regions;

    QuotaLists(QuotaListRepository units, DeclarationParameters parameters, Levies levies, RegionRepository regions) {
        this.units = units;
        this.parameters = parameters;
        this.levies = levies;
        this.regions = regions;
    }

    public Report belowQuota(int year, RegionCode region, Jurisdiction jurisdiction) {
        String title = year + "年度未达比例单位";
        List<List<String>> rows = new ArrayList<>();
        DeadlineCheck deadline = new DeadlineCheck(year);
        try {
            for (QuotaListRepository.UnitYear u : units.findUnits(year, region.significantPrefix() + "%", jurisdiction)) {
                if (u.confirmed() && u.shortfall().signum() > 0) {
                    rows.add(List.of(u.name(), u.creditCode(), u.typeLabel(), u.regionCode(), "已确认",
                            Report.number(u.staff()), Report.number(u.required()), Report.number(u.counted()),
                            Report.number(u.shortfall()), u.due().toPlainString(), u.exempt() ? "是（≤30人企业）" : "否"));
                } else if (u.notFiled() && deadline.passed(u.regionCode())) {
                    rows.add(List.of(u.name(), u.creditCode(), u.typeLabel(), u.regionCode(), "未申报", "", "", "", "", "", ""));
                }
            }
        } catch (NoDeclarationRules e) {
            return Report.failed(title, e.getMessage());
        }
        return new Report(title, List.of(
                "已确认申报中安排人数低于规定比例的单位，差额人数和残保金为确认时按当年参数计算的结果。",
                "截止日后仍未提交申报的单位列为“未申报”，按未安排残疾人就业处理，不代为计算金额。",
                "已提交、被退回尚待审核的申报不列入。"),
                List.of("单位名称", "统一社会信用代码", "类型", "注册地代码", "申报", "在职职工", "应安排", "已安排（计入）",
                        "差额人数", "残保金（元）", "免征"), rows, null);
    }

    public Report mustEmploy(int year, RegionCode region, Jurisdiction jurisdiction) {
        String title = year + "年度应至少安排1名残疾人的机关事业单位";
        List<List<String>> rows = new ArrayList<>();
        try {
            for (MustEmployUnit m : mustEmployUnits(year, region, jurisdiction)) {
                if (m.flagged()) {
                    QuotaListRepository.UnitYear u = m.unit();
                    rows.add(List.of(u.name(), u.creditCode(), u.typeLabel(), u.regionCode(),
                            String.valueOf(u.authorisedPosts()),
                            Report.number(m.ratio().multiply(BigDecimal.valueOf(u.authorisedPosts()))),
                            Report.number(m.counted()), m.basis()));
                }
            }
        } catch (NoDeclarationRules | NoLevyParameters e) {
            return Report.failed(title, e.getMessage());
        }
        return new Report(title, List.of(
                "依据《内蒙古自治区促进残疾人就业三年行动实施方案(2022—2024年)》：编制50人（含）以上的自治区级、盟市级机关，"
                        + "编制67人（含）以上的事业单位（中小学、幼儿园除外），安排残疾人未达到规定比例的，至少安排1名。",
                "按编制数判断；列出计入人数不足1且低于编制×规定比例的单位。截止日后仍未提交申报的按未安排计。",
                "旗县级、乡镇级机关和事业单位按编制总数统筹，本名单不列。"),
                List.of("单位名称", "统一社会信用代码", "类型", "注册地代码", "编制数", "编制×比例", "已安排（计入）", "依据"),
                rows, null);
    }

    /**
     * A unit the plan's rule names ({@link MustEmployRule#applies}) whose year can be judged: confirmed, or never
     * filed once the deadline passed (then counted as employing none). {@code flagged} is the rule's verdict.
     */
    public record MustEmployUnit(QuotaListRepository.UnitYear unit, BigDecimal counted, String basis, BigDecimal ratio,
                                 boolean flagged) {
    }

    /**
     * The units of the plan's rule for the year that can be judged, in the list's order; units awaiting review, or
     * not filed before the deadline, are left out. Throws {@link NoDeclarationRules} or {@link NoLevyParameters}
     * when the year's parameters are missing.
     */
    public List<MustEmployUnit> mustEmployUnits(int year, RegionCode region, Jurisdiction jurisdiction) {
        List<MustEmployUnit> judged = new ArrayList<>();
        DeadlineCheck deadline = new DeadlineCheck(year);
        for (QuotaListRepository.UnitYear u : units.findUnits(year, region.significantPrefix() + "%", jurisdiction)) {
            if (!MustEmployRule.applies(u.type(), u.level(), u.authorisedPosts(), u.school())) {
                continue;
            }
            BigDecimal counted;
            String basis;
            if (u.confirmed()) {
                counted = u.counted();
                basis = "已确认申报";
            } else if (u.notFiled() && deadline.passed(u.regionCode())) {
                counted = BigDecimal.ZERO;
                basis = "未申报（按未安排）";
            } else {
                continue;
            }
            BigDecimal ratio = levies.parametersFor(RegionCode.of(u.regionCode()), year).quotaRatio();
            judged.add(new MustEmployUnit(u, counted, basis, ratio,
                    MustEmployRule.flagged(u.type(), u.level(), u.authorisedPosts(), u.school(), counted, ratio)));
        }
        return judged;
    }

    public Report overQuota(int year, RegionCode region, Jurisdiction jurisdiction) {
        String title = year + "年度超比例安排残疾人就业单位";
        List<List<String>> rows = new ArrayList<>();
        for (QuotaListRepository.UnitYear u : units.findUnits(year, region.significantPrefix() + "%", jurisdiction)) {
            if (!u.confirmed()) {
                continue;
            }
            BigDecimal excess = u.counted().subtract(u.required());
            if (excess.compareTo(BigDecimal.ONE) < 0) {
                continue;
            }
            boolean budgetFunded = u.type() == org.zhuye.employer.EmployerType.AGENCY
                    || u.type() == org.zhuye.employer.EmployerType.PUBLIC_INSTITUTION;
            rows.add(List.of(u.name(), u.creditCode(), u.typeLabel(), u.regionCode(), Report.number(u.staff()),
                    Report.number(u.required()), Report.number(u.counted()), Report.number(excess),
                    budgetFunded ? "财政拨款单位（机关、公益一类和二类事业单位）不享受；公益三类事业单位须核实"
                            : "可能符合，须核对是否集中安置单位及残疾职工户籍"));
        }
        return new Report(title, List.of(
                "【奖励规则未确认】据二手资料（rules.md §1.3，C-2nd），自治区自2025年1月1日起对超过1.5%（不含）且超出至少1人的单位给予奖励；"
                        + "财政拨款单位和已享受增值税退税的集中安置单位除外，受奖残疾职工须为本自治区户籍；奖励金额未确认。",
                "因此本名单只列出已确认申报中计入人数超过应安排人数至少1人的单位，是否给予奖励须人工核定。"),
                List.of("单位名称", "统一社会信用代码", "类型", "注册地代码", "在职职工", "应安排", "已安排（计入）", "超出人数", "说明"),
                rows, null);
    }

    /** Per child region: units, declarations by state, and the confirmed figures summed. */
    public Report totals(int year, RegionCode region, Jurisdiction jurisdiction) {
        String title = year + "年度按比例就业分地区汇总";
        Map<String, String> names = new HashMap<>();
        regions.children(region, jurisdiction).forEach(c -> names.put(c.region().significantPrefix(), c.region().name()));
        int childLength = names.keySet().stream().mapToInt(String::length).findFirst().orElse(region.significantPrefix().length());
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        for (QuotaListRepository.UnitYear u : units.findUnits(year, region.significantPrefix() + "%", jurisdiction)) {
            String key = u.regionCode().substring(0, Math.min(childLength, u.regionCode().length()));
            for (String k : List.of(key, "")) {
                long[] c = counts.computeIfAbsent(k, x -> new long[4]);
                c[0]++;
                if (u.confirmed()) {
                    c[1]++;
                    BigDecimal[] s = sums.computeIfAbsent(k, x -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO,
                            BigDecimal.ZERO, BigDecimal.ZERO});
                    s[0] = s[0].add(u.staff());
                    s[1] = s[1].add(u.required());
                    s[2] = s[2].add(u.counted());
                    s[3] = s[3].add(u.due());
                } else if (u.notFiled()) {
                    c[3]++;
                } else {
                    c[2]++;
                }
            }
        }
        List<List<String>> rows = new ArrayList<>();
        counts.forEach((key, c) -> {
            BigDecimal[] s = sums.getOrDefault(key, new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            rows.add(List.of(key.isEmpty() ? "合计" : names.getOrDefault(key, key), key, String.valueOf(c[0]),
                    String.valueOf(c[1]), String.valueOf(c[2]), String.valueOf(c[3]), Report.number(s[0]),
                    Report.number(s[1]), Report.number(s[2]), s[3].setScale(2).toPlainString()));
        });
        if (!rows.isEmpty()) {
            rows.add(rows.remove(0)); // 合计 ("" sorts first) goes last
        }
        return new Report(title, List.of("在职职工、应安排、已安排和残保金为已确认申报之和；“未提交”含草稿和未填报的单位。"),
                List.of("地区", "区划代码", "用人单位", "已确认", "待审核（含退回）", "未提交", "在职职工", "应安排", "已安排（计入）", "残保金（元）"),
                rows, null);
    }

    /** Whether a unit's year's filing deadline has passed, looked up once per region prefix. */
    private final class DeadlineCheck {
        private final int year;
        private final Map<String, Boolean> byRegion = new HashMap<>();

        DeadlineCheck(int year) {
            this.year = year;
        }

        boolean passed(String regionCode) {
            return byRegion.computeIfAbsent(regionCode,
                    r -> Declarations.today().isAfter(parameters.rulesFor(r, year).filingDeadline()));
        }
    }
}
