package org.zhuye.jobs.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

/** The referral demo on postings and out-of-work persons of 科尔沁右翼前旗 (152221), where no other test counts moves into work (the 通报 test counts 扎赉特旗's). */
@ZhuyeTest
class DemoReferralsTest {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    DemoReferrals demo;
    @Autowired
    ReferralRepository repository;
    @Autowired
    ReferralFixtures fixtures;
    @Autowired
    OverviewFixtures people;
    @Autowired
    EmploymentHistory employment;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoTakesReferralsOfOutOfWorkPersonsThroughEveryOutcomeOnPastDaysAndHiresRecordTheMoveIntoWork() {
        List<String> villages = jdbc.sql("SELECT code FROM region WHERE code LIKE '152221%' AND level = 5 ORDER BY code LIMIT 12")
                .query(String.class).list();
        long unit = fixtures.employer("科右前旗演示推介公司", villages.get(0));
        LocalDate published = TODAY.minusMonths(20);
        List<Long> postings = List.of(
                fixtures.posting(unit, "演示岗位甲", villages.get(0), 10, 2100, published),
                fixtures.posting(unit, "演示岗位乙", villages.get(1), 10, 2200, published),
                fixtures.posting(unit, "演示岗位丙", villages.get(2), 10, 2300, published));
        for (int i = 0; i < 12; i++) {
            long person = people.register(villages.get(i), LocalDate.of(1980 + i, 3, 3), i % 2 == 0 ? Sex.MALE : Sex.FEMALE, 1 + i % 7, 1 + i % 4);
            jdbc.sql("UPDATE person SET registered_on = ? WHERE id = ?").params(TODAY.minusYears(2), person).update();
            people.notEmployed(person, TODAY.minusYears(2).toString(), true);
        }

        DemoReferrals.Result result = demo.populate(TODAY, new Random(7));

        List<Referral> made = postings.stream()
                .flatMap(p -> repository.search(new ReferralFilter(null, p, null, null, null, null, null, null),
                        org.zhuye.platform.paging.PageRequest.first(), Jurisdiction.of("15")).rows().stream()).toList();
        assertThat(made).hasSize(12);
        assertThat(result.referred()).isGreaterThanOrEqualTo(12);
        assertThat(made).allSatisfy(r -> {
            assertThat(r.referredOn()).isAfterOrEqualTo(TODAY.minusMonths(DemoReferrals.MONTHS_BACK)).isBefore(TODAY);
            assertThat(r.statusOn()).isBeforeOrEqualTo(TODAY);
        });
        assertThat(made).extracting(Referral::status).contains(ReferralStatus.HIRED, ReferralStatus.REJECTED,
                ReferralStatus.DECLINED, ReferralStatus.REFERRED);
        assertThat(made).filteredOn(r -> r.status() == ReferralStatus.REJECTED).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
        assertThat(made).filteredOn(r -> r.status() == ReferralStatus.HIRED).allSatisfy(r -> {
            assertThat(r.caseworkServiceId()).isNotNull();
            assertThat(employment.findStatusOn(r.personId(), r.statusOn(), Jurisdiction.of("15")).orElseThrow().employed()).isTrue();
        });
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'JOB_REFERRAL_STEP' AND actor = 'system'")
                .query(Long.class).single()).isPositive();
    }
}
