package org.zhuye.monitoring.bulletin;

import java.util.List;
import java.util.stream.Collectors;

import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.monitoring.target.Standing;

/**
 * Writes the 通报's text from its figures, the way the federation's 通报 read: as of the day, the whole region's
 * figure of each indicator, its completion of the target and how far it is ahead of or behind 时序进度; then, for
 * each indicator, the children behind 时序进度, asked to speed up. Plain Java: staff edit the text before issuing,
 * so this only has to give them a correct first draft.
 */
final class BulletinText {

    /** Names listed before "等N个盟市"; a longer list reads as a table, which the 通报 prints anyway. */
    static final int NAMES_LISTED = 3;

    private BulletinText() {
    }

    static String title(BulletinFigures f) {
        return "关于" + quarterLabel(f.quarter()) + RegionReference.whole(f.regionName(), f.regionLevel())
                + "残疾人就业工作主要指标进展情况的通报";
    }

    static String write(BulletinFigures f) {
        String whole = RegionReference.whole(f.regionName(), f.regionLevel());
        String asOf = "截至" + f.asOf().getMonthValue() + "月" + f.asOf().getDayOfMonth() + "日，";
        if (f.indicators().isEmpty()) {
            return asOf + whole + "尚未设定本年度或规划期的目标，本期不作排名。";
        }
        StringBuilder text = new StringBuilder(asOf).append(whole);
        text.append(f.indicators().stream().map(BulletinText::standing).collect(Collectors.joining("；"))).append("。");
        String children = RegionReference.children(f.regionLevel());
        for (IndicatorRanking i : f.indicators()) {
            text.append(behind(i, children));
        }
        return text.toString();
    }

    /** 新增残疾人就业1,234人，完成年度目标76.3%，高于时序进度1.2个百分点 (a level: against its target). */
    static String standing(IndicatorRanking i) {
        Standing r = i.region().standing();
        String figure = i.name() + r.figure() + i.unit();
        if (!r.hasCompletion()) {
            return figure + "（未设" + i.periodLabel() + "）";
        }
        return figure + "，完成" + i.periodLabel() + r.completionText() + "，" + r.pointsText();
    }

    /** The sentence on the children behind 时序进度 for one indicator; empty when no child has a target. */
    static String behind(IndicatorRanking i, String children) {
        long counted = i.withTarget();
        if (counted == 0) {
            return "";
        }
        List<RegionStanding> behind = i.behind();
        String mark = i.region().standing().mark();
        if (behind.isEmpty()) {
            return "各" + children + i.name() + "均达到" + mark + "。";
        }
        if (behind.size() == counted && counted > 1) {
            return "各" + children + i.name() + "均低于" + mark + "，请加快进度。";
        }
        String names = behind.stream().limit(NAMES_LISTED).map(RegionStanding::name).collect(Collectors.joining("、"));
        String more = behind.size() > NAMES_LISTED ? "等" + behind.size() + "个" + children : "";
        return names + more + i.name() + "低于" + mark + "，请加快进度。";
    }

    private static String quarterLabel(String quarter) {
        return ReportingPeriod.parse(quarter).map(ReportingPeriod::label).orElse(quarter);
    }
}
