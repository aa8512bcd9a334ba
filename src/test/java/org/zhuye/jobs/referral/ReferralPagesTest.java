package org.zhuye.jobs.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.Api;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;

/**
 * The referral pages and API as each side sees them, in 太仆寺旗's 红旗镇 (152527102) and 骆驼山镇 (152527103).
 */
@ZhuyeTest
class ReferralPagesTest {

    static final Jurisdiction COUNTY = Jurisdiction.of("152527");
    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    Referrals referrals;
    @Autowired
    ReferralFixtures fixtures;
    @Autowired
    OverviewFixtures people;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    private String village(String township, int n) {
        return jdbc.sql("SELECT code FROM region WHERE code LIKE ? AND level = 5 ORDER BY code OFFSET ? LIMIT 1")
                .params(township + "%", n).query(String.class).single();
    }

    @Test
    void anEmployerSeesOnlyItsOwnReferralsAndContactDetailsOnlyOfThoseWhoApplied() {
        String here = village("152527102", 0);
        long unit = fixtures.employer("红旗镇面试测试公司", here);
        long other = fixtures.employer("红旗镇另一家公司", here);
        long posting = fixtures.posting(unit, "电商客服", here, 5, 2400);
        long otherPosting = fixtures.posting(other, "别家岗位", here, 5, 2400);
        long applicant = people.register(village("152527102", 1), LocalDate.parse("1994-06-06"), Sex.FEMALE, 1, 3);
        long referred = people.register(village("152527102", 1), LocalDate.parse("1989-07-07"), Sex.MALE, 2, 4);
        long elsewhere = people.register(village("152527102", 2), LocalDate.parse("1987-08-08"), Sex.MALE, 4, 2);
        jdbc.sql("UPDATE person SET phone_masked = '139****4321' WHERE id IN (?, ?)").params(applicant, referred).update();
        referrals.refer(posting, applicant, ReferralSource.APPLIED, null, TODAY.minusDays(2), COUNTY);
        long staffReferral = referrals.refer(posting, referred, ReferralSource.STAFF, null, TODAY.minusDays(1), COUNTY);
        referrals.refer(otherPosting, elsewhere, ReferralSource.STAFF, null, TODAY.minusDays(1), COUNTY);
        String applicantName = jdbc.sql("SELECT name FROM person WHERE id = ?").param(applicant).query(String.class).single();
        String applicantCert = jdbc.sql("SELECT cert_masked FROM person WHERE id = ?").param(applicant).query(String.class).single();
        String referredCert = jdbc.sql("SELECT cert_masked FROM person WHERE id = ?").param(referred).query(String.class).single();

        UserAccount account = accounts.create("ref-unit", here, Role.EMPLOYER);
        fixtures.linkEmployer(account, unit);
        PageSession page = PageSession.signIn(port, account.username(), AccountFixtures.PASSWORD);
        String board = page.get("/referrals").body();
        assertThat(board).contains("应聘与推介人员", "电商客服", applicantName, applicantCert, "139****4321", "工作人员推介，不显示")
                .doesNotContain(referredCert, "别家岗位", "/persons/");
        assertThat(page.get("/referrals/" + staffReferral).body()).doesNotContain(referredCert, "139****4321");

        Api api = Api.basic(port, account.username(), AccountFixtures.PASSWORD);
        var list = api.get("/api/v1/referrals").json().get("referrals");
        assertThat(list).hasSize(2);
        for (var row : list) {
            assertThat(row.get("personId").isNull()).isTrue();
            boolean applied = row.get("source").asText().equals("APPLIED");
            assertThat(row.get("phoneMasked").isNull()).isEqualTo(!applied);
        }
        // the unit records the interview on the page; a step the unit may not record is refused
        PageSession.Page stepped = page.post("/referrals/" + staffReferral + "/steps",
                Map.of("status", "INTERVIEW", "on", TODAY.toString(), "version", "0", "back", "/referrals"));
        assertThat(stepped.status()).isEqualTo(302);
        assertThat(api.send("POST", "/api/v1/referrals/" + staffReferral + "/steps",
                "{\"status\":\"DECLINED\",\"on\":\"" + TODAY + "\",\"version\":1}").status()).isEqualTo(422);
        assertThat(api.send("POST", "/api/v1/referrals/" + staffReferral + "/steps",
                "{\"status\":\"REJECTED\",\"on\":\"" + TODAY + "\",\"version\":1}").body()).contains("未录用须填写原因");
    }

    @Test
    void staffReferThroughTheFormAndTheBoardShowsTheStepFormAndFigures() {
        String here = village("152527103", 0);
        long unit = fixtures.employer("骆驼山推介测试公司", here);
        long posting = fixtures.posting(unit, "牧场记账员", here, 2, 2300);
        long person = people.register(village("152527103", 1), LocalDate.parse("1991-09-09"), Sex.MALE, 4, 3);
        fixtures.exposure(posting, person);
        UserAccount staff = accounts.create("ref-staff", "152527000000", Role.STAFF);
        PageSession page = PageSession.signIn(port, staff.username(), AccountFixtures.PASSWORD);
        page.get("/referrals");
        PageSession.Page referred = page.post("/referrals", Map.of("postingId", String.valueOf(posting), "personId", String.valueOf(person)));
        assertThat(referred.status()).isEqualTo(302);
        assertThat(referred.location()).matches(".*/referrals/[0-9]+");
        String detail = page.get(referred.location().replaceFirst("^https?://[^/]+", "")).body();
        assertThat(detail).contains("牧场记账员", "记录进展", "录用月收入（元）");

        String board = page.get("/referrals?postingId=" + posting).body();
        assertThat(board).contains("牧场记账员", "为", "保存进展", "data-status=\"REFERRED\"");
        String figures = page.get("/referrals/figures?region=152527103").body();
        assertThat(figures).contains("推介统计").containsPattern("data-figure=\"referrals\"[^>]*>1<")
                .containsPattern("data-figure=\"exposures\"[^>]*>1<");
        Api api = Api.basic(port, staff.username(), AccountFixtures.PASSWORD);
        var json = api.get("/api/v1/referrals/figures?region=152527103").json();
        assertThat(json.get("total").get("referrals").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/referrals/figures?region=150102").status()).isEqualTo(422);
        var paths = Api.anonymous(port).get("/api/openapi.json").json().get("paths");
        assertThat(paths.has("/api/v1/referrals/{id}/steps") && paths.has("/api/v1/referrals/figures")).isTrue();
        assertThat(api.get("/api/v1/referrals?postingId=" + posting).json().get("referrals").get(0).get("personId").asLong())
                .isEqualTo(person);
    }

    @Test
    void aPersonAppliesFollowsTheStepsAndDeclinesOnTheirOwnPage() {
        String here = village("152527102", 3);
        long unit = fixtures.employer("红旗镇申请测试公司", here);
        long posting = fixtures.posting(unit, "手工编织", here, 3, 1800);
        long person = people.register(here, LocalDate.parse("1996-10-10"), Sex.FEMALE, 1, 2);
        UserAccount account = accounts.create("ref-me", here, Role.PERSON);
        fixtures.bindPerson(account, person);
        PageSession page = PageSession.signIn(port, account.username(), AccountFixtures.PASSWORD);
        assertThat(page.get("/me/referrals").body()).contains("您还没有申请或推介记录");

        assertThat(page.post("/me/referrals", Map.of("postingId", String.valueOf(posting))).status()).isEqualTo(302);
        String mine = page.get("/me/referrals").body();
        assertThat(mine).contains("手工编织", "本人申请", "已投递", "本人放弃");
        assertThat(page.get("/referrals").location()).endsWith("/me/referrals");

        long id = jdbc.sql("SELECT id FROM job_referral WHERE person_id = ?").param(person).query(Long.class).single();
        assertThat(page.post("/me/referrals/" + id + "/decline", Map.of("version", "0")).status()).isEqualTo(302);
        assertThat(page.get("/me/referrals").body()).contains("现在：<strong>本人放弃</strong>").doesNotContain("aria-label=\"放弃岗位");
        assertThat(jdbc.sql("SELECT recorded_by FROM job_referral_step WHERE referral_id = ? AND status = 'DECLINED'")
                .param(id).query(String.class).single()).isEqualTo(account.username());
    }

    @Test
    void homeTasksCountStaleReferralsForStaffUnansweredOnesForTheUnitAndInterviewsForThePerson() {
        String here = village("152527104", 0);
        long unit = fixtures.employer("永丰镇待办测试公司", here);
        long posting = fixtures.posting(unit, "数据标注员", here, 5, 2500);
        long stale = people.register(here, LocalDate.parse("1990-01-15"), Sex.MALE, 1, 3);
        long fresh = people.register(here, LocalDate.parse("1992-01-15"), Sex.FEMALE, 2, 3);
        long interviewed = people.register(here, LocalDate.parse("1993-01-15"), Sex.FEMALE, 3, 3);
        referrals.refer(posting, stale, ReferralSource.STAFF, null, TODAY.minusDays(20), COUNTY);
        referrals.refer(posting, fresh, ReferralSource.APPLIED, null, TODAY.minusDays(3), COUNTY);
        long id = referrals.refer(posting, interviewed, ReferralSource.STAFF, null, TODAY.minusDays(30), COUNTY);
        referrals.step(id, new StepInput(ReferralStatus.INTERVIEW, TODAY.minusDays(2), null, null, 0, null),
                ReferralActor.staff("t", "t", COUNTY));
        ReferralWorkQueue queue = accounts.bean(ReferralWorkQueue.class);

        UserAccount staff = accounts.create("ref-queue-staff", "152527104000", Role.GRASSROOTS);
        assertThat(queue.tasksFor(staff)).singleElement().satisfies(t -> {
            assertThat(t.count()).isEqualTo(1);
            assertThat(t.link()).isEqualTo("/referrals?waiting=STALE");
        });
        UserAccount unitAccount = accounts.create("ref-queue-unit", here, Role.EMPLOYER);
        fixtures.linkEmployer(unitAccount, unit);
        assertThat(queue.tasksFor(unitAccount)).singleElement().satisfies(t -> assertThat(t.count()).isEqualTo(2));
        UserAccount self = accounts.create("ref-queue-me", here, Role.PERSON);
        fixtures.bindPerson(self, interviewed);
        assertThat(queue.tasksFor(self)).singleElement().satisfies(t -> assertThat(t.count()).isEqualTo(1));
        assertThat(queue.tasksFor(accounts.create("ref-queue-viewer", "152527104000", Role.VIEWER))).isEmpty();

        PageSession page = PageSession.signIn(port, staff.username(), AccountFixtures.PASSWORD);
        assertThat(page.get("/referrals?waiting=STALE").body()).contains("超过14天没有进展", "数据标注员")
                .contains(jdbc.sql("SELECT name FROM person WHERE id = ?").param(stale).query(String.class).single());
    }
}
