package org.zhuye.monitoring.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuye.monitoring.Aggregation;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.IndicatorUnit;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.monitoring.target.Standing;
import org.zhuye.monitoring.target.Target;

class BulletinTextTest {

    private static final LocalDate SEPT_30 = LocalDate.of(2026, 9, 30);

    /** A line as a 通报 stores it: the standing's fields beside the region, a count held to 时序进度 unless a level. */
    static RegionStanding line(String code, String name, String figure, String target, Double completion, double expected,
                               Double points, Integer rank, boolean level) {
        return new RegionStanding(code, name, new Standing(figure, target, completion, expected, points, level, null), rank);
    }

    static RegionStanding line(String code, String name, String figure, String target, Double completion, double expected,
                               Double points, Integer rank) {
        return line(code, name, figure, target, completion, expected, points, rank, false);
    }

    static RegionStanding child(String code, String name, Double completion, Double points) {
        return line(code, name, "10", completion == null ? null : "20", completion, 74.8, points, null);
    }

    static IndicatorRanking employment(RegionStanding region, RegionStanding... children) {
        return new IndicatorRanking("new_employment", "新增残疾人就业", "人", "2026", "年度目标", region,
                Rankings.rank(List.of(children)));
    }

    static BulletinFigures province(IndicatorRanking... indicators) {
        return new BulletinFigures("150000000000", "内蒙古自治区", 1, "2026Q3", SEPT_30, List.of(indicators));
    }

    @Test
    void writesTheWholeRegionAheadOfScheduleAndNamesTheLeaguesBehind() {
        RegionStanding region = line("150000000000", "内蒙古自治区", "1,234", "1,500", 82.3, 74.8, 7.5, null);
        IndicatorRanking training = new IndicatorRanking("training_person_times", "职业技能和实用技术培训", "人次", "2026",
                "年度目标", line("150000000000", "内蒙古自治区", "900", "1,000", 90.0, 74.8, 15.2, null), List.of());
        String text = BulletinText.write(province(employment(region,
                child("150100000000", "呼和浩特市", 50.0, -24.8), child("150200000000", "包头市", 60.0, -14.8),
                child("150300000000", "乌海市", 90.0, 15.2)), training));

        assertThat(text).isEqualTo("截至9月30日，全区新增残疾人就业1,234人，完成年度目标82.3%，高于时序进度7.5个百分点；"
                + "职业技能和实用技术培训900人次，完成年度目标90.0%，高于时序进度15.2个百分点。"
                + "呼和浩特市、包头市新增残疾人就业低于时序进度，请加快进度。");
    }

    @Test
    void saysBehindScheduleWithThePointsBelow() {
        RegionStanding region = line("150000000000", "内蒙古自治区", "100", "1,000", 10.0, 74.8, -64.8, null);
        assertThat(BulletinText.standing(employment(region))).isEqualTo("新增残疾人就业100人，完成年度目标10.0%，低于时序进度64.8个百分点");
    }

    @Test
    void saysLevelWithScheduleWhenThePointsRoundToNought() {
        RegionStanding region = line("150000000000", "内蒙古自治区", "748", "1,000", 74.8, 74.8, 0.0, null);
        assertThat(BulletinText.standing(employment(region))).endsWith("完成年度目标74.8%，与时序进度持平");
    }

    @Test
    void holdsARateToItsTargetNotToTheCalendar() {
        RegionStanding ahead = line("150000000000", "内蒙古自治区", "92.0%", "95.0%", 96.8, 100, -3.2, null, true);
        IndicatorRanking coverage = new IndicatorRanking("four_services_coverage", "“四个一”服务覆盖率", "", "2026", "年度目标",
                ahead, Rankings.rank(List.of(
                        line("150100000000", "呼和浩特市", "96.0%", "95.0%", 101.1, 100, 1.1, null, true),
                        line("150200000000", "包头市", "90.0%", "95.0%", 94.7, 100, -5.3, null, true))));

        assertThat(BulletinText.standing(coverage)).isEqualTo("“四个一”服务覆盖率92.0%，完成年度目标96.8%，低于目标3.2个百分点");
        assertThat(BulletinText.behind(coverage, "盟市")).isEqualTo("包头市“四个一”服务覆盖率低于目标，请加快进度。");
        assertThat(ahead.standing().expectedShown()).isEqualTo("—");
    }

    /** Made the way a draft makes it, from the figure and the target: a rate below its target is 低于目标, never 时序进度. */
    @Test
    void aRateBelowItsTargetIsSaidToBeBelowTheTarget() {
        Indicator coverage = Indicator.of("four_services_coverage", "“四个一”服务覆盖率", IndicatorUnit.PERCENT,
                Aggregation.RATIO, "定义", "服务");
        ReportingPeriod year = ReportingPeriod.year(2026);
        RegionStanding region = QuarterFigures.standing("150000000000", "内蒙古自治区", Figure.ratio(92, 100), coverage,
                new Target(0, "four_services_coverage", "150000000000", year, new BigDecimal("95"), null, "test", null, 0), year, SEPT_30);
        RegionStanding below = QuarterFigures.standing("150200000000", "包头市", Figure.ratio(90, 100), coverage,
                new Target(0, "four_services_coverage", "150200000000", year, new BigDecimal("95"), null, "test", null, 0), year, SEPT_30);
        IndicatorRanking ranking = new IndicatorRanking("four_services_coverage", "“四个一”服务覆盖率", "", "2026", "年度目标",
                region, Rankings.rank(List.of(below)));

        assertThat(BulletinText.standing(ranking)).isEqualTo("“四个一”服务覆盖率92.0%，完成年度目标96.8%，低于目标3.2个百分点");
        assertThat(BulletinText.behind(ranking, "盟市")).isEqualTo("包头市“四个一”服务覆盖率低于目标，请加快进度。");
        assertThat(below.standing().behindLabel()).isEqualTo("低于目标");
        assertThat(BulletinWorkbook.line("1", below)).containsExactly("1", "包头市", "90.0%", "95.0%", "94.7", "—", "−5.3");
    }

    @Test
    void saysWhenNoChildIsBehind() {
        IndicatorRanking i = employment(child("150000000000", "内蒙古自治区", 80.0, 5.2),
                child("150100000000", "呼和浩特市", 80.0, 5.2), child("150200000000", "包头市", 74.8, 0.0));
        assertThat(BulletinText.behind(i, "盟市")).isEqualTo("各盟市新增残疾人就业均达到时序进度。");
    }

    @Test
    void saysWhenEveryChildIsBehind() {
        IndicatorRanking i = employment(child("150000000000", "内蒙古自治区", 10.0, -64.8),
                child("150100000000", "呼和浩特市", 10.0, -64.8), child("150200000000", "包头市", 20.0, -54.8));
        assertThat(BulletinText.behind(i, "盟市")).isEqualTo("各盟市新增残疾人就业均低于时序进度，请加快进度。");
    }

    @Test
    void listsThreeNamesAndCountsTheRestWhenManyAreBehind() {
        IndicatorRanking i = employment(child("150000000000", "内蒙古自治区", 60.0, -14.8),
                child("150100000000", "呼和浩特市", 10.0, -64.8), child("150200000000", "包头市", 20.0, -54.8),
                child("150300000000", "乌海市", 30.0, -44.8), child("150400000000", "赤峰市", 40.0, -34.8),
                child("150500000000", "通辽市", 90.0, 15.2));
        assertThat(BulletinText.behind(i, "盟市")).isEqualTo("呼和浩特市、包头市、乌海市等4个盟市新增残疾人就业低于时序进度，请加快进度。");
    }

    @Test
    void saysNothingOfChildrenWhenNoneHasATarget() {
        IndicatorRanking i = employment(child("150000000000", "内蒙古自治区", 60.0, -14.8),
                child("150100000000", "呼和浩特市", null, null));
        assertThat(BulletinText.behind(i, "盟市")).isEmpty();
    }

    @Test
    void saysTheRegionHasNoTargetWhenOnlyItsChildrenHave() {
        IndicatorRanking i = employment(child("150000000000", "内蒙古自治区", null, null),
                child("150100000000", "呼和浩特市", 80.0, 5.2));
        assertThat(BulletinText.standing(i)).isEqualTo("新增残疾人就业10人（未设年度目标）");
    }

    @Test
    void saysThereIsNothingToRankWithoutTargets() {
        assertThat(BulletinText.write(province())).isEqualTo("截至9月30日，全区尚未设定本年度或规划期的目标，本期不作排名。");
    }

    @Test
    void namesAPlanTargetByItsYears() {
        IndicatorRanking plan = new IndicatorRanking("new_employment", "新增残疾人就业", "人", "2022-2024", "2022—2024年目标",
                line("150000000000", "内蒙古自治区", "20,000", "24,000", 83.3, 91.7, -8.4, null), List.of());
        assertThat(BulletinText.standing(plan)).isEqualTo("新增残疾人就业20,000人，完成2022—2024年目标83.3%，低于时序进度8.4个百分点");
    }

    @Test
    void namesTheWholeRegionAsTheFederationWrites() {
        assertThat(RegionReference.whole("内蒙古自治区", 1)).isEqualTo("全区");
        assertThat(RegionReference.whole("锡林郭勒盟", 2)).isEqualTo("全盟");
        assertThat(RegionReference.whole("呼和浩特市", 2)).isEqualTo("全市");
        assertThat(RegionReference.whole("土默特左旗", 3)).isEqualTo("全旗");
        assertThat(RegionReference.whole("托克托县", 3)).isEqualTo("全县");
        assertThat(RegionReference.whole("新城区", 3)).isEqualTo("全区");
        assertThat(RegionReference.whole("霍林郭勒市", 3)).isEqualTo("全市");
        assertThat(RegionReference.whole("白音锡勒苏木", 4)).isEqualTo("全苏木");
        assertThat(RegionReference.children(1)).isEqualTo("盟市");
        assertThat(RegionReference.children(2)).isEqualTo("旗县（市、区）");
    }

    @Test
    void titlesTheBulletinWithTheQuarterAndTheRegion() {
        assertThat(BulletinText.title(province())).isEqualTo("关于2026年第三季度全区残疾人就业工作主要指标进展情况的通报");
    }
}
