package org.zhuye.monitoring.training;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhuye.monitoring.Aggregation;
import org.zhuye.monitoring.RowsByRegion;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.IndicatorSource;
import org.zhuye.monitoring.IndicatorUnit;
import org.zhuye.monitoring.RecordPage;
import org.zhuye.monitoring.RegionFigures;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.training.StartupFigures;

/**
 * 创业实体 started in a period and 创业补贴 granted in it ({@link StartupFigures}), placed where the business is,
 * as the businesses page places them.
 */
@Component
class StartupSource implements IndicatorSource {

    static final Indicator BUSINESSES = Indicator.of("businesses", "残疾人创业实体数", IndicatorUnit.COUNT, Aggregation.FLOW,
            "统计期内成立（登记的开业日期在期内）的残疾人创办的个体工商户和小微企业数；按经营地统计，含此后已注销的。", "创业");
    static final Indicator SUBSIDY = Indicator.of("startup_subsidy", "创业补贴发放金额", IndicatorUnit.YUAN, Aggregation.FLOW,
            "统计期内发放（发放日期在期内）的一次性创业补贴金额合计；按创业实体经营地统计。", "创业");

    private final StartupFigures startups;

    StartupSource(StartupFigures startups) {
        this.startups = startups;
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(BUSINESSES, SUBSIDY);
    }

    @Override
    public RegionFigures figures(String code, RegionCode region, ReportingPeriod period) {
        Jurisdiction area = Jurisdiction.of(region.value());
        if (code.equals(BUSINESSES.code())) {
            return RowsByRegion.summed(code, region, period, startups.started(region, period.from(), period.to(), area),
                    StartupFigures.Started::regionCode, b -> Figure.count(1));
        }
        return RowsByRegion.summed(code, region, period, startups.subsidiesGranted(region, period.from(), period.to(), area),
                StartupFigures.Granted::regionCode, g -> Figure.count(g.amountFen()));
    }

    /** The businesses, or the grants (whose amounts add up to the figure). */
    @Override
    public RecordPage records(String code, RegionCode region, ReportingPeriod period, int offset, int limit) {
        Jurisdiction area = Jurisdiction.of(region.value());
        List<RecordPage.Row> rows = code.equals(BUSINESSES.code())
                ? startups.started(region, period.from(), period.to(), area).stream()
                        .map(b -> new RecordPage.Row(b.name(), b.regionCode(), b.startedOn(), "经营者 " + b.ownerName(),
                                "/businesses/" + b.businessId(), true))
                        .toList()
                : startups.subsidiesGranted(region, period.from(), period.to(), area).stream()
                        .map(g -> new RecordPage.Row(g.businessName(), g.regionCode(), g.grantedOn(),
                                "经营者 " + g.ownerName() + "，补贴 " + Figure.count(g.amountFen()).shown(IndicatorUnit.YUAN) + " 元",
                                "/businesses/" + g.businessId(), true, g.amountFen()))
                        .toList();
        return new RecordPage(rows.size(), rows.subList(Math.min(offset, rows.size()), (int) Math.min(rows.size(), (long) offset + limit)));
    }
}
