package org.zhuye.jobs.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.casework.followup.Followups;
import org.zhuye.jobs.JobNotFoundException;
import org.zhuye.jobs.JobRuleException;
import org.zhuye.jobs.StaleJobRecordException;
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.EmploymentRecord;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.ZhuyeTest;

/**
 * Referrals on the real database, in 太仆寺旗 (152527), where no other test puts anyone: 宝昌镇 (152527100)
 * for the funnel, 千斤沟镇 (152527101) for the browser test.
 */
@ZhuyeTest
class ReferralsTest {

    static final Jurisdiction COUNTY = Jurisdiction.of("152527");
    static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    static final LocalDate TODAY = LocalDate.now();
    static final ReferralActor STAFF = ReferralActor.staff("taipusi-staff", "太仆寺旗残联", COUNTY);

    @Autowired
    Referrals referrals;
    @Autowired
    ReferralRepository repository;
    @Autowired
    ReferralFixtures fixtures;
    @Autowired
    OverviewFixtures people;
    @Autowired
    EmploymentHistory employment;
    @Autowired
    Followups followups;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aHireRecordsTheMoveIntoWorkWithTheJobsFormAndACaseworkPlacementWhoseFollowupFallsDue() {
        long unit = fixtures.employer("宝昌录用测试公司", "152527100001");
        long posting = fixtures.posting(unit, "仓库理货员", "152527100001", 1, 2600);
        long person = people.register("152527100002", LocalDate.parse("1990-02-02"), Sex.MALE, 4, 3);
        people.notEmployed(person, TODAY.minusDays(60).toString(), true);
        LocalDate hiredOn = TODAY.minusDays(32);

        long id = referrals.refer(posting, person, ReferralSource.STAFF, null, TODAY.minusDays(40), COUNTY);
        ReferralActor employer = ReferralActor.employer("unit-account", "宝昌录用测试公司人事", unit);
        Referral delivered = referrals.step(id, new StepInput(ReferralStatus.DELIVERED, TODAY.minusDays(38), null, null, 0, null), employer);
        Referral interview = referrals.step(id, new StepInput(ReferralStatus.INTERVIEW, TODAY.minusDays(35), "面试安排在上午", null,
                delivered.version(), null), employer);
        Referral hired = referrals.step(id, new StepInput(ReferralStatus.HIRED, hiredOn, null, null, interview.version(), null), employer);

        assertThat(hired.status()).isEqualTo(ReferralStatus.HIRED);
        assertThat(hired.statusOn()).isEqualTo(hiredOn);
        assertThat(hired.caseworkServiceId()).isNotNull();
        EmploymentRecord status = employment.findStatusOn(person, hiredOn, PROVINCE).orElseThrow();
        assertThat(status.employed()).isTrue();
        assertThat(status.form()).as("就业形式 from the posting").isEqualTo(1);
        assertThat(status.employerName()).isEqualTo("宝昌录用测试公司");
        assertThat(status.monthlyIncome()).isEqualByComparingTo("2600");
        assertThat(employment.findStatusOn(person, hiredOn.minusDays(1), PROVINCE).orElseThrow().employed()).isFalse();
        assertThat(followups.findDue(RegionCode.of("152527100"), TODAY, PROVINCE))
                .anySatisfy(due -> {
                    assertThat(due.serviceId()).isEqualTo(hired.caseworkServiceId());
                    assertThat(due.month()).isEqualTo(1);
                });
        assertThat(repository.steps(id)).extracting(ReferralStep::status, ReferralStep::recordedBy).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ReferralStatus.REFERRED, "system"),
                org.assertj.core.groups.Tuple.tuple(ReferralStatus.DELIVERED, "unit-account"),
                org.assertj.core.groups.Tuple.tuple(ReferralStatus.INTERVIEW, "unit-account"),
                org.assertj.core.groups.Tuple.tuple(ReferralStatus.HIRED, "unit-account"));
        assertThat(jdbc.sql("SELECT status || '/' || closed_reason FROM job_posting WHERE id = ?").param(posting)
                .query(String.class).single()).as("one hire fills a posting of headcount 1").isEqualTo("CLOSED/FILLED");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'JOB_REFERRAL_STEP' AND object_id = ?")
                .param(String.valueOf(person)).query(Long.class).single()).isEqualTo(3);
        assertThatThrownBy(() -> referrals.step(id, new StepInput(ReferralStatus.DECLINED, TODAY, null, null, hired.version(), null), STAFF))
                .isInstanceOfSatisfying(JobRuleException.class, e -> assertThat(e.fieldErrors().get("status")).contains("已录用"));
    }

    @Test
    void aHireThatCaseworkRefusesSavesNothing() {
        long unit = fixtures.employer("宝昌回滚测试公司", "152527100003");
        long posting = fixtures.posting(unit, "保洁员", "152527100003", 2, 1900);
        long person = people.register("152527100004", LocalDate.parse("1985-03-03"), Sex.FEMALE, 1, 4);
        // 2021 has no 四个一 cycle, so casework cannot record a service dated then
        long id = referrals.refer(posting, person, ReferralSource.STAFF, null, LocalDate.parse("2021-05-10"), COUNTY);

        assertThatThrownBy(() -> referrals.step(id, new StepInput(ReferralStatus.HIRED, LocalDate.parse("2021-06-01"), null, null, 0, null), STAFF))
                .isInstanceOfSatisfying(JobRuleException.class, e -> assertThat(e.fieldErrors().get("on")).contains("录用无法记入就业状况"));

        Referral unchanged = repository.find(id, COUNTY).orElseThrow();
        assertThat(unchanged.status()).isEqualTo(ReferralStatus.REFERRED);
        assertThat(unchanged.version()).isZero();
        assertThat(unchanged.caseworkServiceId()).isNull();
        assertThat(repository.steps(id)).hasSize(1);
        assertThat(employment.findHistory(person, PROVINCE)).noneMatch(EmploymentRecord::employed);
        assertThat(jdbc.sql("SELECT status FROM job_posting WHERE id = ?").param(posting).query(String.class).single()).isEqualTo("PUBLISHED");
    }

    @Test
    void aStepOnAnOlderVersionIsRefusedAndARejectionKeepsItsReason() {
        long unit = fixtures.employer("宝昌版本测试公司", "152527100006");
        long posting = fixtures.posting(unit, "客服专员", "152527100006", 3, 2200);
        long person = people.register("152527100008", LocalDate.parse("1992-04-04"), Sex.MALE, 2, 2);
        long id = referrals.refer(posting, person, ReferralSource.STAFF, null, TODAY.minusDays(10), COUNTY);
        referrals.step(id, new StepInput(ReferralStatus.DELIVERED, TODAY.minusDays(9), null, null, 0, null), STAFF);

        assertThatThrownBy(() -> referrals.step(id, new StepInput(ReferralStatus.INTERVIEW, TODAY, null, null, 0, null), STAFF))
                .isInstanceOf(StaleJobRecordException.class);
        Referral rejected = referrals.step(id, new StepInput(ReferralStatus.REJECTED, TODAY, null, "需要普通话流利", 1, null), STAFF);
        assertThat(rejected.reason()).isEqualTo("需要普通话流利");
        assertThat(repository.steps(id).get(2).note()).isEqualTo("需要普通话流利");
    }

    @Test
    void anotherUnitAndStaffOfAnotherAreaDoNotSeeTheReferralAndThePersonMayOnlyDecline() {
        long unit = fixtures.employer("宝昌归属测试公司", "152527100001");
        long other = fixtures.employer("宝昌别家公司", "152527100001");
        long posting = fixtures.posting(unit, "包装工", "152527100001", 2, 2000);
        long person = people.register("152527100002", LocalDate.parse("1988-05-05"), Sex.FEMALE, 3, 3);
        long id = referrals.refer(posting, person, ReferralSource.APPLIED, null, TODAY.minusDays(3), COUNTY);

        StepInput interview = new StepInput(ReferralStatus.INTERVIEW, TODAY, null, null, 0, null);
        assertThatThrownBy(() -> referrals.step(id, interview, ReferralActor.employer("other", "别家", other)))
                .isInstanceOf(JobNotFoundException.class);
        assertThatThrownBy(() -> referrals.step(id, interview, ReferralActor.staff("far", "远方", Jurisdiction.of("150102"))))
                .isInstanceOf(JobNotFoundException.class);
        assertThat(repository.searchOfEmployer(other, ReferralFilter.NONE, PageRequest.first()).rows()).isEmpty();
        assertThat(repository.searchOfEmployer(unit, ReferralFilter.NONE, PageRequest.first()).rows())
                .extracting(Referral::id).containsExactly(id);

        ReferralActor self = ReferralActor.person("me", "本人", person);
        assertThatThrownBy(() -> referrals.step(id, interview, self)).isInstanceOf(JobRuleException.class);
        Referral declined = referrals.step(id, new StepInput(ReferralStatus.DECLINED, TODAY, "已在别处就业", null, 0, null), self);
        assertThat(declined.status()).isEqualTo(ReferralStatus.DECLINED);
        assertThatThrownBy(() -> referrals.step(id, interview, ReferralActor.person("someone", "别人", person + 100000)))
                .isInstanceOf(JobNotFoundException.class);
    }
}
