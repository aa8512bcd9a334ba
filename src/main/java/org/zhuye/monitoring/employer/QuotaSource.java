package org.zhuye.monitoring.employer;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhuye.employer.EmployerDataVersion;
import org.zhuye.employer.EmployerRuleException;
import org.zhuye.employer.LevyCollections;
import org.zhuye.employer.QuotaFigures;
import org.zhuye.monitoring.Aggregation;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.IndicatorSource;
import org.zhuye.monitoring.IndicatorUnit;
import org.zhuye.monitoring.MonitoringNotFoundException;
import org.zhuye.monitoring.MonitoringRuleException;
import org.zhuye.monitoring.RecordPage;
import org.zhuye.monitoring.RegionFigures;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.monitoring.RowsByRegion;
import org.zhuye.platform.memo.SnapshotAnswers;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;

/**
 * 按比例就业: the quota review's confirmed results through {@link QuotaFigures}, by the unit's registered region.
 * The review is yearly, so each figure is that of the 征收年度 in which the period ends — except the levy collected
 * ({@link LevyCollections}), a flow of payments by the day they reached the treasury, whatever their levy year.
 *
 * <p>Figures are kept ({@link SnapshotAnswers}) under the employer module's {@link EmployerDataVersion} and the day
 * (a unit not filed counts once its deadline has passed): each is a read of every unit of the area, the dashboard
 * asks for them on every view, and a trend asks a yearly figure once per month — counted once per year here.
 */
@Component
class QuotaSource implements IndicatorSource {

    private static final String TOPIC = "按比例就业";

    static final Indicator MEETING_QUOTA = Indicator.of("public_units_meeting_quota", "机关事业单位按比例安排达标率",
            IndicatorUnit.PERCENT, Aggregation.RATIO,
            "统计期末所在征收年度已确认年审的机关、事业单位中，计入安排人数达到应安排人数（在职职工×规定比例）的比例。", TOPIC);
    static final Indicator RULE_50_67 = Indicator.of("public_units_50_67", "编制50/67人以上机关事业单位至少安排1名达标率",
            IndicatorUnit.PERCENT, Aggregation.RATIO,
            "《内蒙古自治区促进残疾人就业三年行动实施方案（2022—2024年）》：编制50人（含）以上的自治区级、盟市级机关和编制67人（含）以上的"
                    + "事业单位（中小学、幼儿园除外）中，已安排至少1名或达到编制×规定比例的比例；分母为已确认年审和截止日后仍未申报（按未安排）的此类单位。",
            TOPIC);
    static final Indicator LEVY_DUE = Indicator.of("levy_due", "残保金应缴额", IndicatorUnit.YUAN, Aggregation.STOCK,
            "统计期末所在征收年度已确认年审的应缴残疾人就业保障金之和（按分档征收和小微企业免征计算后的金额），按单位注册地统计。", TOPIC);
    static final Indicator LEVY_COLLECTED = Indicator.of("levy_collected", "残保金入库额", IndicatorUnit.YUAN, Aggregation.FLOW,
            "统计期内入库（税务机关反馈的入库日期在期内）的残疾人就业保障金之和，不论所属年度；已作废的缴纳记录不计；按单位注册地统计。", TOPIC);

    private final QuotaFigures quota;
    private final LevyCollections collections;
    private final EmployerDataVersion version;
    private final SnapshotAnswers answers = new SnapshotAnswers(4096);

    QuotaSource(QuotaFigures quota, LevyCollections collections, EmployerDataVersion version) {
        this.quota = quota;
        this.collections = collections;
        this.version = version;
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(MEETING_QUOTA, RULE_50_67, LEVY_DUE, LEVY_COLLECTED);
    }

    @Override
    public RegionFigures figures(String code, RegionCode region, ReportingPeriod period) {
        if (code.equals(LEVY_COLLECTED.code())) {
            return answers.get(List.of(version.current()), List.of(code, region.value(), period),
                    () -> count(code, region, period));
        }
        // A yearly figure is the same for every period ending in the year: counted once, shown with the period asked.
        int year = period.to().getYear();
        RegionFigures ofYear = answers.get(List.of(version.current()), List.of(code, region.value(), year, QuotaFigures.today()),
                () -> count(code, region, period));
        return new RegionFigures(code, ofYear.regionCode(), period, ofYear.total(), ofYear.children());
    }

    private RegionFigures count(String code, RegionCode region, ReportingPeriod period) {
        int year = period.to().getYear();
        Jurisdiction area = Jurisdiction.of(region.value());
        return switch (code) {
            case "public_units_meeting_quota" -> RowsByRegion.figures(code, region, period,
                    quota.listReviewedPublicUnits(year, region, area), QuotaFigures.ReviewedUnit::regionCode,
                    rows -> Figure.ratio(rows.stream().filter(QuotaFigures.ReviewedUnit::meets).count(), rows.size()));
            case "public_units_50_67" -> RowsByRegion.figures(code, region, period, ruleUnits(year, region, area),
                    QuotaFigures.RuleUnit::regionCode,
                    rows -> Figure.ratio(rows.stream().filter(QuotaFigures.RuleUnit::meets).count(), rows.size()));
            case "levy_due" -> RowsByRegion.figures(code, region, period, quota.listLeviesDue(year, region, area),
                    QuotaFigures.LevyDue::regionCode,
                    rows -> Figure.count(rows.stream().mapToLong(QuotaFigures.LevyDue::dueFen).sum()));
            case "levy_collected" -> RowsByRegion.summed(code, region, period,
                    collections.listCollected(region, period.from(), period.to(), area), LevyCollections.Collected::regionCode,
                    c -> Figure.count(c.amountFen()));
            default -> throw new MonitoringNotFoundException("没有这个指标：" + code);
        };
    }

    @Override
    public RecordPage records(String code, RegionCode region, ReportingPeriod period, int offset, int limit) {
        int year = period.to().getYear();
        Jurisdiction area = Jurisdiction.of(region.value());
        return switch (code) {
            case "public_units_meeting_quota" -> RowsByRegion.page(quota.listReviewedPublicUnits(year, region, area), offset, limit,
                    u -> new RecordPage.Row(u.name(), u.regionCode(), null, u.typeLabel() + "；应安排 " + plain(u.required())
                            + "，已安排（计入）" + plain(u.counted()), "/employers/" + u.employerId(), u.meets()));
            case "public_units_50_67" -> RowsByRegion.page(ruleUnits(year, region, area), offset, limit,
                    u -> new RecordPage.Row(u.name(), u.regionCode(), null, u.typeLabel() + "；编制 " + u.authorisedPosts()
                            + "，已安排（计入）" + plain(u.counted()) + "（" + u.basis() + "）", "/employers/" + u.employerId(), u.meets()));
            case "levy_due" -> RowsByRegion.page(quota.listLeviesDue(year, region, area), offset, limit,
                    l -> new RecordPage.Row(l.name(), l.regionCode(), null, l.typeLabel() + "；应缴 "
                            + Figure.count(l.dueFen()).shown(IndicatorUnit.YUAN) + " 元", "/employers/" + l.employerId(), true, l.dueFen()));
            case "levy_collected" -> RowsByRegion.page(collections.listCollected(region, period.from(), period.to(), area), offset, limit,
                    c -> new RecordPage.Row(c.name(), c.regionCode(), c.paidOn(), c.levyYear() + " 年度；实缴 "
                            + Figure.count(c.amountFen()).shown(IndicatorUnit.YUAN) + " 元；完税凭证号 " + c.voucherNo(),
                            "/employers/" + c.employerId() + "/payments", true, c.amountFen()));
            default -> throw new MonitoringNotFoundException("没有这个指标：" + code);
        };
    }

    private List<QuotaFigures.RuleUnit> ruleUnits(int year, RegionCode region, Jurisdiction area) {
        try {
            return quota.listMustEmployUnits(year, region, area);
        } catch (EmployerRuleException e) {
            throw MonitoringRuleException.of("period", year + "年度无法判断：" + e.getMessage());
        }
    }

    private static String plain(java.math.BigDecimal n) {
        return n == null ? "—" : n.stripTrailingZeros().toPlainString();
    }
}
