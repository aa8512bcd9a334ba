package org.zhuye.jobs.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhuye.jobs.TravelRange;
import org.zhuye.jobs.WorkDemands;
import org.zhuye.jobs.WorkMode;
import org.zhuye.jobs.WorkplaceFeature;

/** Each hard filter names its rule and says why in Chinese; the score's components explain the points. */
class MatcherTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static Seeker seeker() {
        return new Seeker(7, "150102001001", 4, "70", false, false, false, true, "有效",
                LocalDate.of(2006, 1, 1), LocalDate.of(2050, 1, 1), null, WorkDemands.of(3, 3, 3, 2, 3, 3),
                Set.of(), Set.of(WorkMode.ON_SITE), 40, TravelRange.COUNTY, 3000, List.of("4-07"), 2);
    }

    static Opening opening() {
        return new Opening(9, "收银员", "150102002003", "4-07-02-01", WorkMode.ON_SITE, 40, 3500, null, List.of(),
                Set.of(WorkplaceFeature.STEP_FREE), WorkDemands.of(1, 1, 1, 1, 1, 1), true, TODAY.plusDays(10));
    }

    static Seeker with(Seeker s, WorkDemands caps) {
        return new Seeker(s.personId(), s.regionCode(), s.category(), s.education(), s.employed(), s.wantsChange(),
                s.noRecommendation(), s.certificateActive(), s.certificateLabel(), s.workingFrom(), s.retiresOn(),
                s.ageProblem(), caps, s.needs(), s.workModes(), s.hoursPerWeekMax(), s.travelRange(), s.wageExpectation(),
                s.occupationCodes(), s.abilityLevel());
    }

    @Test
    void aFittingPairIsEligibleAndItsComponentsExplainTheScore() {
        Match m = Matcher.match(seeker(), opening(), MatchWeights.DEFAULT, TODAY, true);
        assertThat(m.eligible()).isTrue();
        assertThat(m.excludedBy()).isEmpty();
        assertThat(m.components()).extracting(ScoreComponent::name)
                .containsExactly("occupation", "education", "wage", "distance", "category", "ability");
        assertThat(m.components().get(0).reason()).isEqualTo("与意向职业同属一个中类（4-07-02-01）");
        assertThat(m.components().get(3).reason()).isEqualTo("工作地点在本旗县");
        // 35×0.7 + 10 + 15 + 20×0.6 + 10 + 10×0.75 = 79
        assertThat(m.score()).isEqualTo(79);
    }

    @Test
    void aDemandAboveTheCapabilityNamesTheDemandAndBothLevels() {
        Opening heavy = new Opening(9, "搬运工", "150102002003", "6-31", WorkMode.ON_SITE, 40, 3500, null, List.of(),
                Set.of(), WorkDemands.of(0, 0, 0, 3, 0, 0), true, TODAY);
        assertThat(Matcher.excludedBy(seeker(), heavy, TODAY, true))
                .containsExactly(new Exclusion("DEMAND", "搬举：岗位要求20公斤以上，本人能力为5–20公斤"));
    }

    @Test
    void everyOtherRuleNamesItselfWithAChineseMessage() {
        Seeker s = seeker();
        Seeker picky = new Seeker(7, "150102001001", 4, "70", true, false, true, false, "已注销",
                LocalDate.of(2006, 1, 1), LocalDate.of(2026, 5, 1), null, WorkDemands.of(3, 3, 3, 3, 3, 3),
                Set.of(WorkplaceFeature.SIGN_LANGUAGE, WorkplaceFeature.ELEVATOR), Set.of(WorkMode.HOME_BASED), 20,
                TravelRange.VILLAGE, null, List.of(), 0);
        Opening closed = new Opening(9, "收银员", "150203001001", "4-07", WorkMode.ON_SITE, 40, 3500, null, List.of(),
                Set.of(WorkplaceFeature.ELEVATOR), WorkDemands.none(), true, TODAY.minusDays(1));
        assertThat(Matcher.excludedBy(picky, closed, TODAY, true)).containsExactly(
                new Exclusion("POSTING_OPEN", "岗位已于 2026-05-31 截止招聘"),
                new Exclusion("NEEDS", "本人需要手语/文字沟通，岗位未提供"),
                new Exclusion("WORK_MODE", "岗位为到岗工作，本人不接受此工作方式"),
                new Exclusion("HOURS", "岗位每周 40 小时，超过本人每周最多 20 小时"),
                new Exclusion("TRAVEL", "工作地点不在本人可到达的范围（本村（社区））内"),
                new Exclusion("WORKING_AGE", "已到退休年龄（2026-05-01）"),
                new Exclusion("NOT_IN_WORK", "已就业，且未登记希望换工作"),
                new Exclusion("CERTIFICATE", "残疾人证状态为已注销"),
                new Exclusion("NO_RECOMMENDATION", "本人要求不向用人单位推荐"));
        assertThat(Matcher.excludedBy(picky, closed, TODAY, false)).extracting(Exclusion::rule).doesNotContain("NO_RECOMMENDATION");
        assertThat(Matcher.excludedBy(s, closed, TODAY, true)).extracting(Exclusion::rule).containsExactly("POSTING_OPEN", "TRAVEL");
    }

    @Test
    void workAtHomeIgnoresTheTravelRangeAndScoresFullDistance() {
        Seeker s = new Seeker(7, "150102001001", 4, "70", false, false, false, true, "有效", LocalDate.of(2006, 1, 1),
                LocalDate.of(2050, 1, 1), null, WorkDemands.of(3, 3, 3, 3, 3, 3), Set.of(), Set.of(WorkMode.HOME_BASED),
                40, TravelRange.VILLAGE, null, List.of(), 0);
        Opening home = new Opening(9, "客服", "110101001001", "4-07", WorkMode.HOME_BASED, 30, 2000, null, List.of(),
                Set.of(), WorkDemands.none(), true, TODAY);
        Match m = Matcher.match(s, home, MatchWeights.DEFAULT, TODAY, true);
        assertThat(m.eligible()).isTrue();
        assertThat(m.components().get(3).points()).isEqualTo(20.0);
        assertThat(m.components().get(3).reason()).isEqualTo("居家就业，不需通勤");
    }

    @Test
    void occupationsCompareBySegmentsOfTheClassification() {
        assertThat(Fit.occupation("4-07-02-01", "4-07-02-01")).isEqualTo(1.0);
        assertThat(Fit.occupation("4-07", "4-07-02-01")).isEqualTo(0.7);
        assertThat(Fit.occupation("4", "4-07-02-01")).isEqualTo(0.4);
        assertThat(Fit.occupation("4-01", "4-07")).isEqualTo(0.4);
        assertThat(Fit.occupation("6-31", "4-07")).isEqualTo(0.0);
    }
}
