package org.zhuye.monitoring.employment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhuye.monitoring.Aggregation;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.IndicatorSource;
import org.zhuye.monitoring.IndicatorUnit;
import org.zhuye.monitoring.RecordPage;
import org.zhuye.monitoring.RegionFigures;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.person.EmploymentFigures;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;

/**
 * 就业人数 and 就业率 at the period's last day (today for a period not yet over: the registry holds no future),
 * by the region overview's rule, counted and listed from the registry snapshot ({@link EmploymentFigures}).
 */
@Component
class EmployedPersonsSource implements IndicatorSource {

    static final String EMPLOYED = "employed_persons";
    static final String RATE = "employment_rate";

    private static final String AT = "统计期最后一天（统计期未结束的为今天）";
    private static final String WHO = "在册持证残疾人（建档不晚于该日、证件未注销、持证人未去世、未被合并）中处于就业年龄段"
            + "（已满16周岁、未达所在地区的法定退休年龄）";

    private final EmploymentFigures figures;

    EmployedPersonsSource(EmploymentFigures figures) {
        this.figures = figures;
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(
                Indicator.of(EMPLOYED, "就业年龄段残疾人就业人数", IndicatorUnit.PERSON, Aggregation.STOCK,
                        AT + WHO + "、且该日或之前最近一条未作废的就业状况为就业的人数。", "就业"),
                Indicator.of(RATE, "就业年龄段残疾人就业率", IndicatorUnit.PERCENT, Aggregation.RATIO,
                        "就业人数 ÷ 就业年龄段人数：" + AT + WHO + "的人数为分母，其中就业的为分子；未登记就业状况的计入分母。", "就业"));
    }

    /** The day a stock is read at: the period's last day, or today while the period runs. */
    static LocalDate dayOf(ReportingPeriod period) {
        LocalDate today = LocalDate.now();
        return period.to().isAfter(today) ? today : period.to();
    }

    @Override
    public RegionFigures figures(String code, RegionCode region, ReportingPeriod period) {
        EmploymentFigures.Employed counted = figures.countEmployed(region, dayOf(period), Jurisdiction.of(region.value()));
        boolean rate = RATE.equals(code);
        List<RegionFigures.Child> children = new ArrayList<>();
        for (String key : counted.byKey().keySet()) {
            if (!key.equals(region.value())) {
                children.add(new RegionFigures.Child(key, rate ? Figure.ratio(counted.employed(key), counted.workingAge(key))
                        : Figure.count(counted.employed(key))));
            }
        }
        Figure total = rate ? Figure.ratio(counted.totalEmployed(), counted.totalWorkingAge()) : Figure.count(counted.totalEmployed());
        return new RegionFigures(code, region.value(), period, total, children);
    }

    @Override
    public RecordPage records(String code, RegionCode region, ReportingPeriod period, int offset, int limit) {
        boolean rate = RATE.equals(code);
        EmploymentFigures.WorkingAgePage page = figures.listWorkingAge(region, dayOf(period), !rate,
                Jurisdiction.of(region.value()), offset, limit);
        List<RecordPage.Row> rows = page.rows().stream()
                .map(p -> new RecordPage.Row(p.name() + "（" + p.certificateMasked() + "）", p.regionCode(), null,
                        p.employed() ? "就业" : "未就业或未登记就业状况", "/persons/" + p.personId(), p.employed()))
                .toList();
        return new RecordPage(page.total(), rows);
    }
}
