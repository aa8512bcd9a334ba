package org.zhuye.jobs.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhuye.jobs.fair.FairFixtures.COUNTY;
import static org.zhuye.jobs.fair.FairFixtures.LEAGUE;
import static org.zhuye.jobs.fair.FairFixtures.TODAY;
import static org.zhuye.jobs.fair.FairFixtures.VILLAGE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.HomeTask;
import org.zhuye.account.UserAccount;
import org.zhuye.jobs.JobRuleException;
import org.zhuye.testing.Api;
import org.zhuye.testing.ZhuyeTest;

/**
 * A fair from its creation to a hire: a unit and its published posting on the fair, a person registered, checked
 * in and recording an intent, which is a referral with source FAIR and a 回访 date; the results count the hire.
 * Works in 锡林郭勒盟's 阿巴嘎旗 (152522) and 苏尼特左旗 (152523), where no other test registers persons.
 */
@ZhuyeTest
class JobFairFlowTest {


    @Autowired
    FairFixtures fixtures;
    @Autowired
    JobFairs fairs;
    @Autowired
    FairRepository repository;
    @Autowired
    FairCallbackWorkQueue queue;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void anIntentAtAFairBecomesAFairReferralAndItsHireCountsInTheResults() {
        UserAccount staff = fixtures.staff(LEAGUE);
        long fairId = fairs.create(FairFixtures.fair("锡林郭勒盟综合招聘会", LEAGUE, "GENERAL", TODAY, TODAY.plusDays(1),
                List.of("A区", "B区")), staff);
        long unit = fixtures.unit("阿巴嘎旗测试国企甲", COUNTY);
        long posting = fixtures.publishedPosting(unit, VILLAGE, "客服专员", TODAY.plusMonths(2));
        fairs.addEmployer(fairId, unit, "A区", "A01", staff);
        fairs.addPosting(fairId, posting, staff);
        long person = fixtures.person(VILLAGE);
        fairs.register(fairId, person, staff);
        fairs.checkIn(fairId, person, staff);

        long intent = fairs.recordIntent(fairId, person, posting, TODAY, staff);

        var referral = jdbc.sql("SELECT id, source, fair_id, person_id, posting_id, status FROM job_referral WHERE id = "
                        + "(SELECT referral_id FROM job_fair_intent WHERE id = ?)").param(intent)
                .query((rs, i) -> List.of(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getString(6))).single();
        assertThat(referral.subList(1, 6)).containsExactly("FAIR", fairId, person, posting, "REFERRED");
        LocalDate due = jdbc.sql("SELECT callback_due FROM job_fair_intent WHERE id = ?").param(intent)
                .query(LocalDate.class).single();
        assertThat(due).isEqualTo(TODAY.plusDays(1).plusDays(7));
        JobFair fair = repository.find(fairId, staff.jurisdiction()).orElseThrow();
        assertThat(repository.countResults(fair)).isEqualTo(new FairResults(1, 1, 1, 1, 1, 0));

        fixtures.hired((Long) referral.get(0), TODAY);

        assertThat(repository.countResults(fair).hiredWithin90Days()).isEqualTo(1);
        Api.Response api = Api.basic(port, staff.username(), AccountFixtures.PASSWORD).get("/api/v1/job-fairs/" + fairId);
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.json().at("/results/hiredWithin90Days").asLong()).isEqualTo(1);
        assertThat(api.json().at("/results/attended").asLong()).isEqualTo(1);
        assertThat(api.json().at("/employers/0/postings/0/id").asLong()).isEqualTo(posting);
        assertThat(audits("JOB_FAIR_INTENT_RECORDED", String.valueOf(person))).isEqualTo(1);
    }

    @Test
    void aHireLaterThanNinetyDaysAfterTheFairIsNotCounted() {
        UserAccount staff = fixtures.staff(LEAGUE);
        LocalDate day = TODAY.minusDays(200);
        Instant at = day.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant();
        long fairId = fairs.create(FairFixtures.fair("往年综合招聘会", COUNTY, "GENERAL", day, day, List.of()), staff, at);
        long unit = fixtures.unit("阿巴嘎旗测试国企乙", COUNTY);
        long posting = fixtures.publishedPosting(unit, VILLAGE, "仓库管理员", TODAY.plusMonths(2));
        fairs.addEmployer(fairId, unit, null, null, staff, at);
        fairs.addPosting(fairId, posting, staff, at);
        long person = fixtures.person(VILLAGE);
        fairs.checkIn(fairId, person, staff, at);
        long intent = fairs.recordIntent(fairId, person, posting, day, staff, at);
        long referral = jdbc.sql("SELECT referral_id FROM job_fair_intent WHERE id = ?").param(intent).query(Long.class).single();

        fixtures.hired(referral, day.plusDays(91));

        JobFair fair = repository.find(fairId, staff.jurisdiction()).orElseThrow();
        assertThat(repository.countResults(fair)).isEqualTo(new FairResults(1, 1, 1, 1, 1, 0));
    }

    @Test
    void aDueCallbackWaitsForTheAreasStaffUntilItIsRecorded() {
        UserAccount staff = fixtures.staff(COUNTY);
        UserAccount elsewhere = fixtures.staff("152523000000");
        LocalDate day = TODAY.minusDays(30);
        Instant at = day.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant();
        long fairId = fairs.create(FairFixtures.fair("阿巴嘎旗残疾人专场", COUNTY, "GENERAL", day, day, List.of()), staff, at);
        long unit = fixtures.unit("阿巴嘎旗测试国企丙", COUNTY);
        long posting = fixtures.publishedPosting(unit, VILLAGE, "保洁员", TODAY.plusMonths(1));
        fairs.addEmployer(fairId, unit, null, null, staff, at);
        fairs.addPosting(fairId, posting, staff, at);
        long person = fixtures.person(VILLAGE);
        fairs.register(fairId, person, staff, at.minusSeconds(86400));
        fairs.checkIn(fairId, person, staff, at);
        long before = waiting(staff);
        long elsewhereBefore = waiting(elsewhere);

        long intent = fairs.recordIntent(fairId, person, posting, day, staff, at);

        assertThat(waiting(staff)).isEqualTo(before + 1);
        assertThat(waiting(elsewhere)).isEqualTo(elsewhereBefore);
        assertThatThrownBy(() -> fairs.recordCallback(fairId, intent, TODAY, " ", staff))
                .isInstanceOf(JobRuleException.class)
                .satisfies(e -> assertThat(((JobRuleException) e).fieldErrors()).containsEntry("callbackNote", "请填写回访情况"));

        fairs.recordCallback(fairId, intent, TODAY, "已面试，等待通知", staff);

        assertThat(waiting(staff)).isEqualTo(before);
        assertThat(audits("JOB_FAIR_CALLBACK_RECORDED", String.valueOf(person))).isEqualTo(1);
    }

    @Test
    void anIntentNeedsACheckInAndAPostingOfTheFair() {
        UserAccount staff = fixtures.staff(LEAGUE);
        long fairId = fairs.create(FairFixtures.fair("规则测试招聘会", LEAGUE, "GENERAL", TODAY, TODAY, List.of()), staff);
        long unit = fixtures.unit("阿巴嘎旗测试国企丁", COUNTY);
        long posting = fixtures.publishedPosting(unit, VILLAGE, "质检员", TODAY.plusMonths(1));
        long person = fixtures.person(VILLAGE);
        fairs.register(fairId, person, staff);

        assertThatThrownBy(() -> fairs.recordIntent(fairId, person, posting, TODAY, staff))
                .isInstanceOf(JobRuleException.class)
                .satisfies(e -> assertThat(((JobRuleException) e).fieldErrors())
                        .containsKeys("personId", "postingId"));
        assertThatThrownBy(() -> fairs.addPosting(fairId, posting, staff))
                .isInstanceOf(JobRuleException.class).hasMessageContaining("尚未登记参加此招聘会");
        assertThat(jdbc.sql("SELECT count(*) FROM job_referral WHERE fair_id = ?").param(fairId).query(Long.class).single())
                .isZero();
    }

    @Test
    void theApiNamesEveryBadFieldOfAFairInChinese() {
        UserAccount staff = fixtures.staff(LEAGUE);
        Api.Response response = Api.basic(port, staff.username(), AccountFixtures.PASSWORD).postJson("/api/v1/job-fairs", """
                {"title": "", "regionCode": "152500000000", "kind": "FAIR", "online": false,
                 "startsOn": "2026-05-20", "endsOn": "2026-05-19", "callbackDays": "200"}""");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().at("/fieldErrors/title").asString()).isEqualTo("请填写招聘会名称");
        assertThat(response.json().at("/fieldErrors/kind").asString()).contains("国有企业专场");
        assertThat(response.json().at("/fieldErrors/endsOn").asString()).isEqualTo("结束日期不能早于开始日期");
        assertThat(response.json().at("/fieldErrors/venue").asString()).isEqualTo("现场招聘会请填写举办地点");
        assertThat(response.json().at("/fieldErrors/callbackDays").asString()).isEqualTo("回访天数须在1至90天之间");
    }

    @Test
    void aUnitsAccountRegistersItsOwnUnitAndPutsItsPostingOnTheFair() {
        UserAccount staff = fixtures.staff(LEAGUE);
        long fairId = fairs.create(FairFixtures.fair("单位自助报名招聘会", LEAGUE, "STATE_OWNED", TODAY.plusDays(10),
                TODAY.plusDays(10), List.of("国企区")), staff);
        long unit = fixtures.unit("阿巴嘎旗测试国企戊", COUNTY);
        long posting = fixtures.publishedPosting(unit, VILLAGE, "出纳", TODAY.plusMonths(2));
        UserAccount account = fixtures.employerAccount(unit, COUNTY);
        Api api = Api.basic(port, account.username(), AccountFixtures.PASSWORD);

        assertThat(api.postJson("/api/v1/job-fairs/" + fairId + "/employers", "{\"zone\": \"国企区\", \"booth\": \"G1\"}").status())
                .isEqualTo(201);
        Api.Response added = api.postJson("/api/v1/job-fairs/" + fairId + "/postings", "{\"postingId\": " + posting + "}");

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().at("/employers/0/booth").asString()).isEqualTo("G1");
        assertThat(added.json().at("/attendees/visible").size()).isZero();
        long other = fixtures.publishedPosting(fixtures.unit("别的单位", COUNTY), VILLAGE, "会计", TODAY.plusMonths(2));
        assertThat(api.postJson("/api/v1/job-fairs/" + fairId + "/postings", "{\"postingId\": " + other + "}").status())
                .isEqualTo(422);
    }

    @Test
    void theDoorChecksInARegisteredPersonByTheFourDigitsTheMaskedNumberKeeps() {
        UserAccount staff = fixtures.staff(LEAGUE);
        long fairId = fairs.create(FairFixtures.fair("门口签到测试招聘会", LEAGUE, "GENERAL", TODAY, TODAY, List.of()), staff);
        long person = fixtures.person(VILLAGE);
        fairs.register(fairId, person, staff);
        String masked = jdbc.sql("SELECT cert_masked FROM person WHERE id = ?").param(person).query(String.class).single();

        assertThat(fairs.checkInByCertificate(fairId, masked.substring(14, 18), staff)).isEqualTo(person);

        assertThat(repository.findAttendee(fairId, person, staff.jurisdiction()).orElseThrow().checkedIn()).isTrue();
        assertThatThrownBy(() -> fairs.checkInByCertificate(fairId, "152522", staff))
                .isInstanceOf(JobRuleException.class).hasMessage("残疾人证号无效，请核对后重新输入");
    }

    private long waiting(UserAccount user) {
        return queue.tasksFor(user).stream().mapToLong(HomeTask::count).sum();
    }

    private long audits(String action, String personId) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = ? AND object_type = 'person' AND object_id = ?")
                .params(action, personId).query(Long.class).single();
    }
}
