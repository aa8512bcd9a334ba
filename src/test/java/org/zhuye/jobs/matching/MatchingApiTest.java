package org.zhuye.jobs.matching;

import org.zhuye.jobs.PostingsChanged;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.EmployerInput;
import org.zhuye.employer.EmployerRegistry;
import org.zhuye.employer.TestCreditCodes;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.Api;
import org.zhuye.testing.ZhuyeTest;
import tools.jackson.databind.JsonNode;

/**
 * The profile and matching API on the real database, in 阿巴嘎旗 (152522), where no other test puts
 * anyone, with one person outside it in 杭锦后旗 (150822).
 */
@ZhuyeTest
class MatchingApiTest {

    static final String VILLAGE = "152522100001";
    static final String OTHER_VILLAGE = "152522100002";
    static final String OUTSIDE = "150822100001";

    @LocalServerPort
    int port;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    OverviewFixtures people;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;

    static String profile(String lifting, String travel, boolean noRecommendation) {
        return """
                {"capabilities": {"eyesight": 3, "bothHands": 3, "handWork": 3, "lifting": %s, "standingWalking": 3, "listeningTalking": 3},
                 "needs": [], "workModes": ["ON_SITE"], "hoursPerWeekMax": 40, "travelRange": "%s", "wageExpectation": 3000,
                 "occupationCodes": ["4-07"], "noRecommendation": %s, "wantsChange": false}""".formatted(lifting, travel, noRecommendation);
    }

    long posting(long employer) {
        long id = jdbc.sql("""
                        INSERT INTO job_posting (employer_id, title, occupation_code, occupation_label, headcount, region_code,
                            work_mode, employment_form, hours_per_week, wage_min, wage_max, contract_type, social_insurance,
                            demands, open_until, status, published_on, created_by, updated_by)
                        VALUES (?, '理货员', '4-07-02', '商品营业员', 2, ?, 'ON_SITE', '1', 40, 2500, 3500, 'FIXED_TERM', true,
                            '{0,0,0,2,0,0}', ?, 'PUBLISHED', ?, 'test', 'test') RETURNING id""")
                .params(employer, VILLAGE, LocalDate.now().plusDays(30), LocalDate.now()).query(Long.class).single();
        events.publishEvent(PostingsChanged.of(id));
        return id;
    }

    @Test
    void candidatesComeFromTheCallersAreaExplainedAndLoggedAndASavedProfileCountsAtOnce() {
        UserAccount staff = accounts.create("m-staff", "152522000000", Role.STAFF);
        Api api = Api.basic(port, staff.username(), AccountFixtures.PASSWORD);
        Api province = Api.basic(port, accounts.create("m-prov", "150000000000", Role.STAFF).username(), AccountFixtures.PASSWORD);
        long able = people.register(VILLAGE, LocalDate.parse("1990-03-03"), Sex.MALE, 4, 3);
        long weak = people.register(OTHER_VILLAGE, LocalDate.parse("1991-04-04"), Sex.FEMALE, 4, 3);
        long quiet = people.register(VILLAGE, LocalDate.parse("1992-05-05"), Sex.MALE, 2, 3);
        long outside = people.register(OUTSIDE, LocalDate.parse("1990-06-06"), Sex.MALE, 4, 3);
        long employer = accounts.bean(EmployerRegistry.class).register(new EmployerInput(TestCreditCodes.next(), "匹配测试超市",
                "PRIVATE_ENTERPRISE", null, null, null, "F", VILLAGE, null, null), Jurisdiction.of("152522"));
        long job = posting(employer);

        assertThat(api.send("PUT", "/api/v1/persons/" + able + "/work-profile", profile("3", "COUNTY", false)).status()).isEqualTo(200);
        assertThat(api.send("PUT", "/api/v1/persons/" + weak + "/work-profile", profile("1", "COUNTY", false)).status()).isEqualTo(200);
        assertThat(api.send("PUT", "/api/v1/persons/" + quiet + "/work-profile", profile("3", "COUNTY", true)).status()).isEqualTo(200);
        assertThat(province.send("PUT", "/api/v1/persons/" + outside + "/work-profile", profile("3", "ANY", false)).status()).isEqualTo(200);

        JsonNode candidates = api.get("/api/v1/jobs/" + job + "/candidates?limit=20").json();
        assertThat(candidates).hasSize(1);
        assertThat(candidates.get(0).get("personId").asLong()).isEqualTo(able);
        assertThat(candidates.get(0).get("components")).hasSize(6);
        assertThat(candidates.get(0).get("components").get(0).get("reason").asString()).isEqualTo("与意向职业同属一个中类（4-07-02）");
        // The province sees the person from 杭锦后旗 too, whose travel range is 不限.
        assertThat(province.get("/api/v1/jobs/" + job + "/candidates").json()).extracting(n -> n.get("personId").asLong())
                .containsExactlyInAnyOrder(able, outside);

        JsonNode pair = api.get("/api/v1/jobs/" + job + "/candidates/" + weak).json();
        assertThat(pair.get("eligible").asBoolean()).isFalse();
        assertThat(pair.get("excludedBy").get(0).get("rule").asString()).isEqualTo("DEMAND");
        assertThat(pair.get("excludedBy").get(0).get("message").asString()).isEqualTo("搬举：岗位要求5–20公斤，本人能力为5公斤以下");
        assertThat(api.get("/api/v1/jobs/" + job + "/candidates/" + quiet).json().get("excludedBy").get(0).get("rule").asString())
                .isEqualTo("NO_RECOMMENDATION");
        assertThat(api.get("/api/v1/jobs/" + job + "/candidates/" + outside).status()).isEqualTo(404);

        // A new row of the profile counts for the very next answer.
        assertThat(api.send("PUT", "/api/v1/persons/" + weak + "/work-profile", profile("2", "COUNTY", false)).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/jobs/" + job + "/candidates").json()).extracting(n -> n.get("personId").asLong())
                .containsExactlyInAnyOrder(able, weak);
        assertThat(api.get("/api/v1/jobs/" + job + "/candidates/" + weak).json().get("eligible").asBoolean()).isTrue();

        assertThat(jdbc.sql("SELECT count(*) FROM job_exposure WHERE posting_id = ? AND shown_to = 'STAFF'").param(job)
                .query(Long.class).single()).isEqualTo(1 + 2 + 1 + 1 + 2 + 1);
        JsonNode matches = api.get("/api/v1/persons/" + able + "/job-matches").json();
        assertThat(matches.get(0).get("postingId").asLong()).isEqualTo(job);
        assertThat(matches.get(0).get("title").asString()).isEqualTo("理货员");
    }

    @Test
    void aProfileWithBadValuesSavesNothingAndNamesEveryField() {
        UserAccount staff = accounts.create("m-staff2", "152522000000", Role.STAFF);
        Api api = Api.basic(port, staff.username(), AccountFixtures.PASSWORD);
        long person = people.register(VILLAGE, LocalDate.parse("1985-03-03"), Sex.FEMALE, 1, 2);
        Api.Response bad = api.send("PUT", "/api/v1/persons/" + person + "/work-profile", """
                {"capabilities": {"eyesight": 5}, "workModes": [], "hoursPerWeekMax": 99, "travelRange": "MOON",
                 "occupationCodes": ["abc"], "validFrom": "2999-01-01"}""");
        assertThat(bad.status()).isEqualTo(422);
        JsonNode errors = bad.json().get("fieldErrors");
        assertThat(errors.get("eyesight").asString()).contains("视力");
        assertThat(errors.get("workModes").asString()).isEqualTo("请至少选择一种可接受的工作方式");
        assertThat(errors.get("hoursPerWeekMax").asString()).contains("1 到 84");
        assertThat(errors.get("travelRange")).isNotNull();
        assertThat(errors.get("occupationCodes").asString()).contains("abc");
        assertThat(errors.get("validFrom").asString()).isEqualTo("生效日期不能晚于今天");
        assertThat(api.get("/api/v1/persons/" + person + "/work-profile").status()).isEqualTo(404);

        assertThat(api.send("PUT", "/api/v1/persons/" + person + "/work-profile", profile("2", "TOWNSHIP", false)).status()).isEqualTo(200);
        JsonNode saved = api.get("/api/v1/persons/" + person + "/work-profile").json();
        assertThat(saved.get("capabilities").get("lifting").asInt()).isEqualTo(2);
        assertThat(saved.get("travelRange").asString()).isEqualTo("TOWNSHIP");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE object_id = ? AND action = 'WORK_PROFILE_RECORDED'")
                .param(String.valueOf(person)).query(Long.class).single()).isEqualTo(1);
    }
}
