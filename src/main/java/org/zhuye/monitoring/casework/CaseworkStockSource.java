package org.zhuye.monitoring.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhuye.casework.CaseworkFigures;
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

/**
 * Persons in a 公益性岗位 and persons in 低保渐退 at a day, as casework's public-post and taper pages list them
 * ({@link CaseworkFigures}); by where the person is registered.
 */
@Component
class CaseworkStockSource implements IndicatorSource {

    static final Indicator PUBLIC_POSTS = Indicator.of("public_posts_in_post", "公益性岗位在岗人数", IndicatorUnit.PERSON,
            Aggregation.STOCK, "统计期截止日（期间未结束时为今天）在公益性岗位补贴期限内、未作废的安置人数；按本人登记地统计。", "服务");
    static final Indicator TAPERING = Indicator.of("dibao_tapering", "低保渐退人数", IndicatorUnit.PERSON,
            Aggregation.STOCK, "统计期截止日（期间未结束时为今天）处于低保渐退期的人数：就业开始日已到、渐退期尚未结束，"
                    + "渐退记录及其就业记录均未作废；按本人登记地统计。", "服务");

    /** One counted record, whichever indicator. */
    private record Counted(long personId, String regionCode, String detail, String href) {
    }

    private final CaseworkFigures casework;
    private final PersonLabels persons;

    CaseworkStockSource(CaseworkFigures casework, PersonLabels persons) {
        this.casework = casework;
        this.persons = persons;
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(PUBLIC_POSTS, TAPERING);
    }

    @Override
    public RegionFigures figures(String code, RegionCode region, ReportingPeriod period) {
        return RowsByRegion.summed(code, region, period, counted(code, region, period), Counted::regionCode, c -> Figure.count(1));
    }

    @Override
    public RecordPage records(String code, RegionCode region, ReportingPeriod period, int offset, int limit) {
        List<Counted> all = counted(code, region, period);
        List<Counted> page = all.subList(Math.min(offset, all.size()), (int) Math.min(all.size(), (long) offset + limit));
        Map<Long, String> labels = persons.of(page.stream().map(Counted::personId).toList(), Jurisdiction.of(region.value()));
        return new RecordPage(all.size(), page.stream()
                .map(c -> new RecordPage.Row(labels.get(c.personId()), c.regionCode(), null, c.detail(), c.href(), true))
                .toList());
    }

    private List<Counted> counted(String code, RegionCode region, ReportingPeriod period) {
        Jurisdiction area = Jurisdiction.of(region.value());
        LocalDate day = StockDay.of(period, LocalDate.now());
        if (code.equals(PUBLIC_POSTS.code())) {
            return casework.publicPostsInPost(region, day, area).stream()
                    .map(p -> new Counted(p.personId(), p.regionCode(),
                            p.post() + (p.employerName() == null ? "" : "（" + p.employerName() + "）") + "，" + p.startOn() + " 至 " + p.endOn(),
                            "/casework/persons/" + p.personId() + "/public-posts"))
                    .toList();
        }
        return casework.dibaoTapering(region, day, area).stream()
                .map(t -> new Counted(t.personId(), t.regionCode(),
                        t.workStartedOn() + " 就业，渐退至 " + t.endsOn() + "，当月发放 " + t.percentNow() + "%", "/casework/persons/" + t.personId()))
                .toList();
    }
}
