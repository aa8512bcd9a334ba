package org.zhuye.monitoring.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.jobs.referral.ReferralActor;
import org.zhuye.jobs.referral.ReferralFixtures;
import org.zhuye.jobs.referral.ReferralSource;
import org.zhuye.jobs.referral.ReferralStatus;
import org.zhuye.jobs.referral.Referrals;
import org.zhuye.jobs.referral.StepInput;
import org.zhuye.monitoring.Figure;
import org.zhuye.monitoring.FigureAssertions;
import org.zhuye.monitoring.Indicators;
import org.zhuye.monitoring.RecordPage;
import org.zhuye.monitoring.RegionFigures;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.ZhuyeTest;

/**
 * The jobs indicators on the real database, in 兴和县 (150924), where no other test puts anything: 城关镇
 * (150924106) and 张皋镇 (150924107) are the children. Referrals and hires go through the real service;
 * postings and fairs are plain INSERTs as the referral tests make them.
 */
@ZhuyeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobsIndicatorsTest {

    static final RegionCode COUNTY = RegionCode.of("150924");
    static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    static final String CHENGGUAN = "150924106000";
    static final String ZHANGGAO = "150924107000";
    static final LocalDate TODAY = LocalDate.now();
    static final ReportingPeriod PERIOD = new ReportingPeriod(TODAY.minusDays(400), TODAY);

    @Autowired
    Indicators indicators;
    @Autowired
    Referrals referrals;
    @Autowired
    ReferralFixtures jobs;
    @Autowired
    OverviewFixtures people;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void records() {
        ReferralActor staff = ReferralActor.staff("wushen-staff", "兴和县残联", Jurisdiction.of("150924"));
        long unit = jobs.employer("乌审指标测试公司", "150924106001");
        long store = jobs.posting(unit, "乌审仓库理货员", "150924106001", 2, 2600, TODAY.minusDays(320));
        long desk = jobs.posting(unit, "乌审召客服专员", "150924107200", 1, 2400, TODAY.minusDays(210));
        long withdrawn = jobs.posting(unit, "乌审撤回岗位", "150924107200", 1, 2400, TODAY.minusDays(100));
        jdbc.sql("UPDATE job_posting SET status = 'CLOSED', closed_reason = 'WITHDRAWN', closed_on = ? WHERE id = ?")
                .params(TODAY.minusDays(90), withdrawn).update();
        jobs.posting(unit, "乌审旧岗位", "150924106001", 1, 2400, TODAY.minusDays(500));

        long kept = people.register("150924106001", LocalDate.parse("1988-03-03"), Sex.MALE, 4, 3);
        long left = people.register("150924107200", LocalDate.parse("1991-04-04"), Sex.FEMALE, 1, 4);
        long declined = people.register("150924106002", LocalDate.parse("1993-05-05"), Sex.MALE, 2, 3);
        for (long id : new long[]{kept, left, declined}) {
            people.notEmployed(id, TODAY.minusDays(600).toString(), true);
        }
        hire(referrals.refer(store, kept, ReferralSource.STAFF, null, TODAY.minusDays(300), PROVINCE), TODAY.minusDays(290), staff);
        hire(referrals.refer(desk, left, ReferralSource.STAFF, null, TODAY.minusDays(200), PROVINCE), TODAY.minusDays(170), staff);
        people.notEmployed(left, TODAY.minusDays(120).toString(), false);
        long refused = referrals.refer(store, declined, ReferralSource.STAFF, null, TODAY.minusDays(100), PROVINCE);
        referrals.step(refused, new StepInput(ReferralStatus.DECLINED, TODAY.minusDays(95), null, "路程太远", 0, null), staff);

        fair("乌审综合招聘会", CHENGGUAN, "GENERAL", TODAY.minusDays(50));
        fair("乌审召国企专场", ZHANGGAO, "STATE_OWNED", TODAY.minusDays(20));
        fair("乌审旗本级国企专场", "150924000000", "STATE_OWNED", TODAY.minusDays(10));
        fair("乌审往年国企专场", CHENGGUAN, "STATE_OWNED", TODAY.minusDays(500));
    }

    private void hire(long referral, LocalDate on, ReferralActor staff) {
        referrals.step(referral, new StepInput(ReferralStatus.HIRED, on, null, null, 0, 2600), staff);
    }

    private void fair(String title, String region, String kind, LocalDate on) {
        jdbc.sql("INSERT INTO job_fair (title, region_code, kind, online, starts_on, ends_on, created_by) VALUES (?, ?, ?, false, ?, ?, 'test')")
                .params(title, region, kind, on, on).update();
    }

    @Test
    void postingsCountThosePublishedInThePeriodByWorkplaceAndLeaveOutTheWithdrawn() {
        assertFigures("postings", Figure.count(2), Map.of(CHENGGUAN, Figure.count(1), ZHANGGAO, Figure.count(1)));
        assertThat(labels("postings")).containsExactly("乌审仓库理货员（乌审指标测试公司）", "乌审召客服专员（乌审指标测试公司）");
    }

    @Test
    void referralsCountEveryReferralMadeInThePeriodWhateverBecameOfIt() {
        assertFigures("referrals", Figure.count(3), Map.of(CHENGGUAN, Figure.count(2), ZHANGGAO, Figure.count(1)));
        assertThat(indicators.records("referrals", COUNTY, PERIOD, PROVINCE, 0, 10).rows())
                .allSatisfy(r -> assertThat(r.label()).contains("*"));
    }

    @Test
    void hiresAndTheirMedianDaysAreTakenOverHiresDatedInThePeriod() {
        assertFigures("hires", Figure.count(2), Map.of(CHENGGUAN, Figure.count(1), ZHANGGAO, Figure.count(1)));
        assertFigures("days_to_hire", new Figure(20, 2), Map.of(CHENGGUAN, new Figure(10, 1), ZHANGGAO, new Figure(30, 1)));
        RecordPage hires = indicators.records("days_to_hire", COUNTY, PERIOD, PROVINCE, 0, 10);
        assertThat(hires.total()).isEqualTo(2);
        assertThat(hires.rows()).extracting(RecordPage.Row::date).containsExactly(TODAY.minusDays(290), TODAY.minusDays(170));
        assertThat(hires.rows()).allSatisfy(r -> assertThat(r.href()).startsWith("/referrals/"));
    }

    @Test
    void retentionAsksTheRegistryOnlyForHiresWhoseMonthsHavePassed() {
        // 290 days ago: employed since, due at 3 and 6 months, not yet at 12. 170 days ago: left after 50 days.
        assertFigures("retention_3m", Figure.ratio(1, 2), Map.of(CHENGGUAN, Figure.ratio(1, 1), ZHANGGAO, Figure.ratio(0, 1)));
        assertFigures("retention_6m", Figure.ratio(1, 1), Map.of(CHENGGUAN, Figure.ratio(1, 1), ZHANGGAO, Figure.ZERO));
        assertFigures("retention_12m", Figure.ZERO, Map.of(CHENGGUAN, Figure.ZERO, ZHANGGAO, Figure.ZERO));
        assertThat(indicators.records("retention_3m", COUNTY, PERIOD, PROVINCE, 0, 10).rows())
                .extracting(RecordPage.Row::counted).containsExactly(true, false);
    }

    @Test
    void fairsCountByTheirRegionAndTheCountysOwnFairCountsInItsTotalOnly() {
        assertFigures("fairs_held", Figure.count(3), Map.of(CHENGGUAN, Figure.count(1), ZHANGGAO, Figure.count(1)));
        assertFigures("soe_fairs", Figure.count(2), Map.of(CHENGGUAN, Figure.ZERO, ZHANGGAO, Figure.count(1)));
        assertThat(labels("soe_fairs")).containsExactly("乌审召国企专场", "乌审旗本级国企专场");
    }

    @Test
    void aTownsFigureIsItsRowInTheCountysChildren() {
        RegionFigures town = indicators.figures("referrals", RegionCode.of("150924106"), PERIOD, PROVINCE);
        assertThat(town.total()).isEqualTo(Figure.count(2));
        assertThat(indicators.records("referrals", RegionCode.of("150924106"), PERIOD, PROVINCE, 0, 1))
                .satisfies(p -> {
                    assertThat(p.total()).isEqualTo(2);
                    assertThat(p.rows()).hasSize(1);
                });
    }

    private void assertFigures(String code, Figure total, Map<String, Figure> children) {
        FigureAssertions.assertFigures(indicators, code, COUNTY, PERIOD, PROVINCE, total, children);
        if (total.base() == 0 && !code.equals("days_to_hire")) {
            assertThat(indicators.records(code, COUNTY, PERIOD, PROVINCE, 0, 100).total()).as(code + " records").isEqualTo(total.value());
        }
    }

    private List<String> labels(String code) {
        return indicators.records(code, COUNTY, PERIOD, PROVINCE, 0, 100).rows().stream().map(RecordPage.Row::label).toList();
    }
}
