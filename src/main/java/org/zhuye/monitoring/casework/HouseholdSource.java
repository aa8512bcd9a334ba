package org.zhuye.monitoring.casework;

import java.time.LocalDate;
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
import org.zhuye.person.HouseholdFacts;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;

/**
 * 零就业家庭 at a day and those helped out of it in a period, by the registry's derived rule over dated
 * events ({@link HouseholdFacts}, as the 零就业家庭 page counts them); placed where the household is.
 */
@Component
class HouseholdSource implements IndicatorSource {

    static final Indicator HOUSEHOLDS = Indicator.of("zero_employment_households", "零就业家庭户数", IndicatorUnit.HOUSEHOLD,
            Aggregation.STOCK, "统计期截止日（期间未结束时为今天）的零就业家庭户数：家庭中至少有一名就业年龄段、有劳动能力的成员，"
                    + "且这些成员均未就业；按家庭所在地统计。", "服务");
    static final Indicator HELPED = Indicator.of("zero_employment_helped", "零就业家庭实现就业户数", IndicatorUnit.HOUSEHOLD,
            Aggregation.FLOW, "统计期内因成员登记就业而不再是零就业家庭的户数：登记就业当天前一天是零就业家庭、当天不再是；"
                    + "因成员退休、去世或迁出而不再是的不计。同一户期内多次只计一次（计首次）。", "服务");

    private final HouseholdFacts households;

    HouseholdSource(HouseholdFacts households) {
        this.households = households;
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(HOUSEHOLDS, HELPED);
    }

    @Override
    public RegionFigures figures(String code, RegionCode region, ReportingPeriod period) {
        Jurisdiction area = Jurisdiction.of(region.value());
        if (code.equals(HOUSEHOLDS.code())) {
            return RowsByRegion.summed(code, region, period, households.findZeroEmployment(region, StockDay.of(period, LocalDate.now()), area),
                    HouseholdFacts.ZeroEmploymentHousehold::regionCode, h -> Figure.count(1));
        }
        return RowsByRegion.summed(code, region, period, households.findLeftZeroEmployment(region, period.from(), period.to(), area),
                HouseholdFacts.LeftZeroEmployment::regionCode, h -> Figure.count(1));
    }

    @Override
    public RecordPage records(String code, RegionCode region, ReportingPeriod period, int offset, int limit) {
        Jurisdiction area = Jurisdiction.of(region.value());
        List<RecordPage.Row> rows;
        if (code.equals(HOUSEHOLDS.code())) {
            rows = households.findZeroEmployment(region, StockDay.of(period, LocalDate.now()), area).stream()
                    .map(h -> new RecordPage.Row(head(h.headName()), h.regionCode(), null,
                            "自 " + h.since() + " 起零就业，家庭成员 " + h.members() + " 人", "/persons/households/" + h.householdId(), true))
                    .toList();
        } else {
            rows = households.findLeftZeroEmployment(region, period.from(), period.to(), area).stream()
                    .map(h -> new RecordPage.Row(head(h.headName()), h.regionCode(), h.leftOn(), "成员登记就业，不再是零就业家庭",
                            "/persons/households/" + h.householdId(), true))
                    .toList();
        }
        return new RecordPage(rows.size(), rows.subList(Math.min(offset, rows.size()), (int) Math.min(rows.size(), (long) offset + limit)));
    }

    private static String head(String name) {
        return name == null ? "户主（辖区外登记）的家庭" : "户主 " + name + " 的家庭";
    }
}
