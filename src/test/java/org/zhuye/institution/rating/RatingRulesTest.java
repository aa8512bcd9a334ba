package org.zhuye.institution.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuye.testing.Tries;

/** Points, grades and 奖补 from the seeded 辅助性就业机构 scheme, by hand, and the schemes' texts checked. */
class RatingRulesTest {

    static final RatingScheme WORKSHOP = RatingScheme.parse("场地与无障碍:20;制度与管理:20;服务质量:20;安全与档案:10",
            "服务人数:10;转入就业:10;稳定就业:5;培训完成:5", "五级:90;四级:80;三级:70;二级:60;一级:50", 20, 150);
    static final SubsidyRule SUBSIDY = SubsidyRule.parse("五级:50000+300;四级:30000+200;三级:20000+100;二级:10000+50", 200000);

    static ExpectedOutcomes.Expectation expecting(double n) {
        return new ExpectedOutcomes.Expectation(n, List.of());
    }

    @Test
    void pointsAddInspectionAndWeightedOutcomesAndTheGradeFollowsTheBands() {
        // served 40 of 50 places: 0.8 × 10 = 8; placed 6 vs 4 expected: ratio 1.5 = full 10; retained 2 vs 4
        // expected: ratio 0.5 / 1.5 × 5 = 1.67; training 9 of 10: 4.5 → 24.2 outcome points
        RatingFigures figures = new RatingFigures(40, 50, 6, 2, 5, 10, 9);
        var result = RatingRules.rate(WORKSHOP, 60, figures, expecting(4), expecting(4), SUBSIDY);
        assertThat(result.outcomePoints()).isEqualByComparingTo("24.2");
        assertThat(result.score()).isEqualByComparingTo("84.2");
        assertThat(result.grade()).isEqualTo("四级");
        assertThat(result.subsidy()).isEqualByComparingTo(BigDecimal.valueOf(30000 + 200 * 40));
    }

    @Test
    void whatCannotBeMeasuredIsLeftOutAndTheScoreScaledBackTo100() {
        // no training figures (the training module offers none): 95 points count, 5 are left out
        RatingFigures figures = new RatingFigures(50, 50, 6, 6, 6, null, null);
        var result = RatingRules.rate(WORKSHOP, 70, figures, expecting(4), expecting(4), SUBSIDY);
        assertThat(result.unmeasuredWeight()).isEqualTo(5);
        // 70 + 10 + 10 + 5 = 95 of 95 → 100
        assertThat(result.score()).isEqualByComparingTo("100.0");
        assertThat(result.grade()).isEqualTo("五级");
        assertThat(result.subsidy()).isEqualByComparingTo("65000");
    }

    @Test
    void belowEveryBandIsUngradedAndEarnsNothingAndTheCapBounds() {
        var low = RatingRules.rate(WORKSHOP, 10, new RatingFigures(1, 50, 0, 0, 0, null, null), expecting(0.5),
                expecting(0), SUBSIDY);
        assertThat(low.grade()).isNull();
        assertThat(low.subsidy()).isEqualByComparingTo("0");
        assertThat(SUBSIDY.subsidy("五级", 1000)).isEqualByComparingTo("200000");
    }

    @Test
    void aSchemesTextsAreCheckedWithEveryProblemNamed() {
        var problems = RatingScheme.problems("场地:20;场地:10;制度", "服务人数:10;好评:5;稳定就业:5", "五级:90;四级:95");
        assertThat(problems.get("criteria")).contains("“场地”重复").contains("“制度”应写成 名称:数值");
        assertThat(problems.get("outcomes")).contains("“好评”不是可计算的成效").contains("须有“转入就业”");
        assertThat(problems.get("bands")).contains("由高到低");
        assertThat(RatingScheme.problems("场地:20", "服务人数:10", "五级:90")).containsEntry("criteria",
                "检查项目满分与成效权重合计须为 100，现为 30");
        assertThat(SubsidyRule.problems("五级:5万")).containsExactly("各等级奖补中“五级”应写成 定额+每人金额，如 50000+300");
    }

    @Test
    void scoresStayOutOf100AndAHigherScoreNeverGetsALowerGrade() {
        List<String> order = List.of("五级", "四级", "三级", "二级", "一级");
        Tries.check(in -> {
            int inspection = in.between(0, 70);
            int served = in.between(0, 100);
            int placed = in.between(0, served);
            int base = in.between(0, placed);
            RatingFigures f = new RatingFigures(served, in.between(0, 80), placed, in.between(0, base), base,
                    in.chance(0.5) ? null : 10, in.chance(0.5) ? null : in.between(0, 10));
            var one = RatingRules.rate(WORKSHOP, inspection, f.trainingCompleted() == null
                    ? new RatingFigures(f.served(), f.capacity(), f.placed(), f.retained(), base, null, null) : f,
                    expecting(in.between(0, served)), expecting(in.between(0, base)), SUBSIDY);
            assertThat(one.score()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            var higher = RatingRules.rate(WORKSHOP, Math.min(70, inspection + in.between(0, 10)),
                    f.trainingCompleted() == null ? new RatingFigures(f.served(), f.capacity(), f.placed(), f.retained(), base, null, null) : f,
                    expecting(0), expecting(0), SUBSIDY);
            assertThat(higher.subsidy()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(200000));
            int rank = one.grade() == null ? 5 : order.indexOf(one.grade());
            String byScore = WORKSHOP.grade(one.score().doubleValue() + in.between(0, 20));
            assertThat(byScore == null ? 5 : order.indexOf(byScore)).isLessThanOrEqualTo(rank);
        });
    }
}
