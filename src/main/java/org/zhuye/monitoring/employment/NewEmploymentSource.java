package org.zhuye.monitoring.employment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhuye.monitoring.Aggregation;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.IndicatorSource;
import org.zhuye.monitoring.IndicatorUnit;
import org.zhuye.monitoring.RecordPage;
import org.zhuye.monitoring.RegionFigures;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.person.MovesIntoWork;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;

/** 新增就业: the registry's moves into work ({@link MovesIntoWork}), by where the person is registered. */
@Component
class NewEmploymentSource implements IndicatorSource {

    static final Indicator NEW_EMPLOYMENT = Indicator.of("new_employment", "新增残疾人就业", IndicatorUnit.PERSON,
            Aggregation.FLOW, "统计期内从未就业（或无状态）转为就业的次数：登记的就业状态，不含登记时的基线状态和已作废的记录；"
                    + "一人一年内两次就业计两次，按本人现登记地统计。", "就业");

    private final MovesIntoWork moves;

    NewEmploymentSource(MovesIntoWork moves) {
        this.moves = moves;
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(NEW_EMPLOYMENT);
    }

    @Override
    public RegionFigures figures(String code, RegionCode region, ReportingPeriod period) {
        Map<String, Long> counts = moves.countByChild(region, period.from(), period.to(), Jurisdiction.of(region.value()));
        List<RegionFigures.Child> children = new ArrayList<>();
        counts.forEach((child, n) -> {
            if (!child.equals(region.value())) {
                children.add(new RegionFigures.Child(child, Figure.count(n)));
            }
        });
        return new RegionFigures(code, region.value(), period, Figure.count(counts.getOrDefault(region.value(), 0L)), children);
    }

    @Override
    public RecordPage records(String code, RegionCode region, ReportingPeriod period, int offset, int limit) {
        Jurisdiction area = Jurisdiction.of(region.value());
        long total = moves.countByChild(region, period.from(), period.to(), area).getOrDefault(region.value(), 0L);
        List<RecordPage.Row> rows = moves.list(region, period.from(), period.to(), area, offset, limit).stream()
                .map(m -> new RecordPage.Row(m.name() + "（" + m.certificateMasked() + "）", m.regionCode(), m.effectiveOn(),
                        m.form() == null ? null : "就业形式 " + m.form(), "/persons/" + m.personId(), true))
                .toList();
        return new RecordPage(total, rows);
    }
}
