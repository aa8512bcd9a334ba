package org.zhuye.jobs;

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
import org.zhuye.casework.followup.Followups;
import org.zhuye.casework.followup.Placement;
import org.zhuye.jobs.referral.ReferralFixtures;
import org.zhuye.person.EmploymentHistory;
import org.zhuye.person.EmploymentRecord;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.Api;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;

import tools.jackson.databind.JsonNode;

/**
 * Issue 12's "done when", end to end through the API and the pages each side uses, in 正蓝旗 (152530): a unit's
 * draft is checked and published by staff; a person finds it among their matches with the reasons and applies;
 * staff refer a second person from the candidates; a fair records an intent that the unit hires, which the
 * registry shows as a move into work and casework as a placement with its follow-ups.
 */
@ZhuyeTest
class JobsDoneWhenTest {

    static final String COUNTY = "152530";
    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    ReferralFixtures fixtures;
    @Autowired
    OverviewFixtures people;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    EmploymentHistory employment;
    @Autowired
    Followups followups;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void aPostingGoesFromDraftToAHireThatTheRegistryAndCaseworkRecord() {
        String village = jdbc.sql("SELECT code FROM region WHERE code LIKE ? AND level = 5 ORDER BY code LIMIT 1")
                .param(COUNTY + "%").query(String.class).single();
        String township = village.substring(0, 9);
        long unit = fixtures.employer("正蓝旗完成标准测试公司（虚拟）", village);
        UserAccount unitAccount = accounts.create("done-unit", village, Role.EMPLOYER);
        fixtures.linkEmployer(unitAccount, unit);
        Api employer = Api.basic(port, unitAccount.username(), AccountFixtures.PASSWORD);
        Api staff = Api.basic(port, accounts.create("done-staff", COUNTY + "000000", Role.STAFF).username(), AccountFixtures.PASSWORD);

        // The unit's draft, submitted; staff check the unit and the workplace and publish it.
        Api.Response draft = employer.postJson("/api/v1/jobs", """
                {"title": "完成标准测试客服", "occupationCode": "4-01", "headcount": 3, "regionCode": "%s",
                 "address": "镇政府旁", "workMode": "ON_SITE", "employmentForm": "1", "hoursPerWeek": 40, "wageMin": 2600,
                 "wageMax": 3600, "contractType": "FIXED_TERM", "socialInsurance": true, "features": ["STEP_FREE", "ELEVATOR"],
                 "demands": {"eyesight": 1, "bothHands": 1, "handWork": 1, "lifting": 1, "standingWalking": 1, "listeningTalking": 1},
                 "openUntil": "%s"}""".formatted(township, TODAY.plusMonths(2)));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        long job = draft.json().get("id").asLong();
        assertThat(draft.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(employer.postJson("/api/v1/jobs/" + job + "/submit", "").json().get("status").asString()).isEqualTo("SUBMITTED");
        JsonNode published = staff.postJson("/api/v1/jobs/" + job + "/publish",
                "{\"unitChecked\": true, \"workplaceChecked\": true, \"checkNote\": \"已到现场核实无障碍通道\"}").json();
        assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");

        // A person with a work profile sees it among their matches, with the reasons, and applies.
        long applicant = seeker(village, LocalDate.parse("1990-03-03"), Sex.FEMALE, staff);
        UserAccount personAccount = accounts.create("done-person", village, Role.PERSON);
        fixtures.bindPerson(personAccount, applicant);
        PageSession me = PageSession.signIn(port, personAccount.username(), AccountFixtures.PASSWORD);
        String matches = me.get("/me/jobs").body();
        assertThat(matches).contains("适合您的岗位", "完成标准测试客服", "职业");
        assertThat(me.post("/me/referrals", Map.of("postingId", String.valueOf(job))).status()).isIn(302, 303);
        assertThat(me.get("/me/referrals").body()).contains("完成标准测试客服", "已投递");

        // Staff find a second person among the candidates, explained, and refer them.
        long second = seeker(village, LocalDate.parse("1985-05-05"), Sex.MALE, staff);
        JsonNode candidates = staff.get("/api/v1/jobs/" + job + "/candidates?limit=50").json();
        JsonNode found = null;
        for (JsonNode c : candidates) {
            if (c.get("personId").asLong() == second) {
                found = c;
            }
        }
        assertThat(found).as("the second person is a candidate: " + candidates).isNotNull();
        assertThat(found.get("components").size()).isPositive();
        JsonNode pair = staff.get("/api/v1/jobs/" + job + "/candidates/" + second).json();
        assertThat(pair.get("eligible").asBoolean()).isTrue();
        assertThat(pair.get("excludedBy").size()).isZero();
        Api.Response referred = staff.postJson("/api/v1/referrals",
                "{\"postingId\": %d, \"personId\": %d}".formatted(job, second));
        assertThat(referred.status()).as(referred.body()).isIn(200, 201);

        // A fair: the unit and its posting, a third person registered and checked in, an intent, then the hire.
        long third = seeker(village, LocalDate.parse("1992-09-09"), Sex.MALE, staff);
        Api.Response fair = staff.postJson("/api/v1/job-fairs", """
                {"title": "正蓝旗完成标准测试专场", "regionCode": "%s000000", "kind": "GENERAL", "online": false,
                 "startsOn": "%s", "endsOn": "%s", "venue": "旗残联", "zones": [], "callbackDays": "14"}"""
                .formatted(COUNTY, TODAY, TODAY));
        assertThat(fair.status()).as(fair.body()).isEqualTo(201);
        long fairId = fair.json().get("fair").get("id").asLong();
        assertThat(staff.postJson("/api/v1/job-fairs/" + fairId + "/employers", "{\"employerId\": " + unit + "}").status()).isLessThan(300);
        assertThat(staff.postJson("/api/v1/job-fairs/" + fairId + "/postings", "{\"postingId\": " + job + "}").status()).isLessThan(300);
        assertThat(staff.postJson("/api/v1/job-fairs/" + fairId + "/registrations", "{\"personId\": " + third + "}").status()).isLessThan(300);
        assertThat(staff.postJson("/api/v1/job-fairs/" + fairId + "/check-ins", "{\"personId\": " + third + "}").status()).isLessThan(300);
        Api.Response intent = staff.postJson("/api/v1/job-fairs/" + fairId + "/intents",
                "{\"personId\": %d, \"postingId\": %d, \"on\": \"%s\"}".formatted(third, job, TODAY));
        assertThat(intent.status()).as(intent.body()).isLessThan(300);
        Map<String, Object> referral = jdbc.sql("SELECT id, version, source FROM job_referral WHERE posting_id = ? AND person_id = ?")
                .params(job, third).query().singleRow();
        assertThat(referral.get("source")).isEqualTo("FAIR");
        Api.Response hired = employer.postJson("/api/v1/referrals/" + referral.get("id") + "/steps",
                "{\"status\": \"HIRED\", \"on\": \"%s\", \"version\": %s, \"monthlyIncome\": 3000}".formatted(TODAY, referral.get("version")));
        assertThat(hired.status()).as(hired.body()).isLessThan(300);

        // The registry: in work from today, 就业形式 from the job. Casework: a placement with follow-ups due.
        Jurisdiction county = Jurisdiction.of(COUNTY);
        EmploymentRecord status = employment.findStatusOn(third, TODAY, county).orElseThrow();
        assertThat(status.employed()).isTrue();
        assertThat(status.form()).isEqualTo(1);
        Placement placement = followups.findForPerson(third, county).stream().findFirst().orElseThrow();
        assertThat(placement.placedOn()).isEqualTo(TODAY);
        assertThat(placement.dueOn(1)).isEqualTo(TODAY.plusMonths(1));
        assertThat(placement.months()).containsExactly(1, 3, 6, 12);
        // The fair's results count the hire.
        assertThat(staff.get("/api/v1/job-fairs/" + fairId).json().get("results").get("hiredWithin90Days").asInt()).isEqualTo(1);
    }

    /** A working-age person out of work in {@code village}, with a work profile that fits the test posting. */
    private long seeker(String village, LocalDate birth, Sex sex, Api staff) {
        long id = people.register(village, birth, sex, 2, 3);
        people.notEmployed(id, "2024-01-01", true);
        Api.Response saved = staff.send("PUT", "/api/v1/persons/" + id + "/work-profile", """
                {"capabilities": {"eyesight": 3, "bothHands": 3, "handWork": 3, "lifting": 2, "standingWalking": 2, "listeningTalking": 3},
                 "needs": ["STEP_FREE"], "workModes": ["ON_SITE", "HOME_BASED"], "hoursPerWeekMax": 40, "travelRange": "COUNTY",
                 "wageExpectation": 3000, "occupationCodes": ["4-01"]}""");
        assertThat(saved.status()).as(saved.body()).isLessThan(300);
        return id;
    }
}
