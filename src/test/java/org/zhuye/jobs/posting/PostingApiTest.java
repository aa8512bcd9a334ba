package org.zhuye.jobs.posting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.testing.Api;
import org.zhuye.testing.ZhuyeTest;
import tools.jackson.databind.JsonNode;

@ZhuyeTest
class PostingApiTest {

    static final String VILLAGE = "150402001001";

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures accounts;

    private Api as(UserAccount user) {
        return Api.basic(port, user.username(), AccountFixtures.PASSWORD);
    }

    static String body(String employerId, String title, String openUntil) {
        return """
                {"employerId": %s, "title": "%s", "occupationCode": "4-01", "headcount": 3, "regionCode": "%s",
                 "address": "红山区工业园", "workMode": "REMOTE", "employmentForm": "1", "hoursPerWeek": 35, "shift": "弹性",
                 "wageMin": 2800, "wageMax": 4200, "contractType": "FIXED_TERM", "socialInsurance": true, "minEducation": "60",
                 "suitableCategories": [1, 4], "features": ["SCREEN_READER", "FLEXIBLE_HOURS"],
                 "demands": {"eyesight": 0, "bothHands": 2, "handWork": 2, "lifting": 0, "standingWalking": 0, "listeningTalking": 1},
                 "description": "线上客服", "openUntil": "%s"}
                """.formatted(employerId == null ? "null" : employerId, title, VILLAGE, openUntil);
    }

    @Test
    void anEmployerPostsSubmitsAndStaffPublishThroughTheApi() {
        PostingFixtures fixtures = new PostingFixtures(accounts);
        long unit = fixtures.unit("接口测试公司", VILLAGE);
        Api employer = as(fixtures.employerAccount(unit, VILLAGE));
        Api staff = as(accounts.create("jobs-api-staff", "150402000000", Role.STAFF));
        String until = JobPostings.today().plusMonths(2).toString();

        Api.Response created = employer.postJson("/api/v1/jobs", body(null, "线上客服", until));
        assertThat(created.status()).isEqualTo(201);
        JsonNode job = created.json();
        long id = job.get("id").asLong();
        assertThat(job.get("employerId").asLong()).isEqualTo(unit);
        assertThat(job.get("occupationLabel").asString()).isEqualTo("批发与零售服务人员");
        assertThat(job.get("workMode").asString()).isEqualTo("REMOTE");
        assertThat(job.get("headcount").asInt()).isEqualTo(3);
        assertThat(job.get("socialInsurance").asBoolean()).isTrue();
        assertThat(job.get("features").get(0).asString()).isEqualTo("SCREEN_READER");
        assertThat(job.get("demands").get("bothHands").asInt()).isEqualTo(2);
        assertThat(job.get("demands").propertyNames()).containsExactly("eyesight", "bothHands", "handWork", "lifting",
                "standingWalking", "listeningTalking");
        assertThat(job.get("suitableCategories").get(1).asInt()).isEqualTo(4);
        assertThat(job.get("status").asString()).isEqualTo("DRAFT");
        assertThat(job.get("version").asInt()).isZero();

        Api.Response edited = employer.send("PUT", "/api/v1/jobs/" + id + "?version=0", body(null, "线上客服（居家）", until));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("version").asInt()).isEqualTo(1);
        assertThat(employer.send("PUT", "/api/v1/jobs/" + id + "?version=0", body(null, "旧版本的修改", until)).status())
                .as("a stale version").isEqualTo(409);

        assertThat(employer.postJson("/api/v1/jobs/" + id + "/submit?version=1", "").json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(employer.postJson("/api/v1/jobs/" + id + "/publish", "{\"unitChecked\": true, \"workplaceChecked\": true}").status())
                .as("a unit does not check its own posting").isEqualTo(403);
        Api.Response unchecked = staff.postJson("/api/v1/jobs/" + id + "/publish", "{\"unitChecked\": true}");
        assertThat(unchecked.status()).isEqualTo(422);
        assertThat(unchecked.json().get("fieldErrors").get("workplaceChecked").asString()).contains("核实工作地点");
        JsonNode published = staff.postJson("/api/v1/jobs/" + id + "/publish",
                "{\"unitChecked\": true, \"workplaceChecked\": true, \"checkNote\": \"已电话核实\"}").json();
        assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.get("checkNote").asString()).isEqualTo("已电话核实");
        assertThat(published.get("checkedBy").asString()).startsWith("jobs-api-staff");

        assertThat(staff.get("/api/v1/jobs?open=true&workMode=REMOTE&feature=SCREEN_READER&occupation=4&regionCode=150402001")
                .json().get("rows").findValuesAsString("title")).contains("线上客服（居家）");
        assertThat(staff.get("/api/v1/jobs?feature=TRANSPORT&regionCode=150402001").json().get("rows").findValuesAsString("title"))
                .doesNotContain("线上客服（居家）");
        assertThat(employer.get("/api/v1/jobs").json().get("rows")).hasSize(1);

        Api.Response closed = employer.postJson("/api/v1/jobs/" + id + "/close", "{\"reason\": \"FILLED\"}");
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.json().get("closedReason").asString()).isEqualTo("FILLED");
        assertThat(employer.postJson("/api/v1/jobs/" + id + "/close", "{\"reason\": \"WITHDRAWN\"}").status()).isEqualTo(409);
    }

    @Test
    void theApiIsDescribedInTheOpenApiDocument() {
        String document = Api.anonymous(port).get("/api/openapi.json").body();
        assertThat(document).contains("/api/v1/jobs/{id}/publish", "/api/v1/jobs/{id}/close", "岗位列表");
    }

    @Test
    void badInputIsRefusedWithEveryFieldNamedAndNothingSaved() {
        Api staff = as(accounts.create("jobs-api-bad", "150402000000", Role.STAFF));
        long before = staff.get("/api/v1/jobs").json().get("total").asLong();
        Api.Response refused = staff.postJson("/api/v1/jobs", """
                {"title": "", "occupationCode": "9", "headcount": 0, "regionCode": "150402000000", "workMode": "OFFICE",
                 "hoursPerWeek": 100, "wageMin": 5000, "wageMax": 3000, "contractType": "NONE", "socialInsurance": false,
                 "demands": {"lifting": 5}, "openUntil": "2020-01-01"}
                """);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("fieldErrors").propertyNames()).contains("employerId", "title", "occupationCode",
                "headcount", "regionCode", "workMode", "employmentForm", "hoursPerWeek", "wageMax", "demands.lifting", "openUntil");
        assertThat(staff.get("/api/v1/jobs").json().get("total").asLong()).as("nothing saved").isEqualTo(before);
    }

    @Test
    void aPostingOutsideTheCallersAreaIsNotFoundAndOtherRolesSeeNone() {
        PostingFixtures fixtures = new PostingFixtures(accounts);
        long unit = fixtures.unit("范围测试公司", VILLAGE);
        Api staff = as(accounts.create("jobs-api-in", "150402000000", Role.STAFF));
        long id = staff.postJson("/api/v1/jobs", body(String.valueOf(unit), "范围岗位", JobPostings.today().plusDays(9).toString()))
                .json().get("id").asLong();
        assertThat(as(accounts.create("jobs-api-out", "150404000000", Role.STAFF)).get("/api/v1/jobs/" + id).status()).isEqualTo(404);
        assertThat(as(accounts.create("jobs-api-grass", "150402001000", Role.GRASSROOTS)).get("/api/v1/jobs/" + id).status()).isEqualTo(200);
        Api person = as(accounts.create("jobs-api-person", VILLAGE, Role.PERSON));
        assertThat(person.get("/api/v1/jobs/" + id).status()).isEqualTo(404);
        assertThat(person.get("/api/v1/jobs").status()).isEqualTo(404);
        assertThat(as(accounts.create("jobs-api-grass2", "150402001000", Role.GRASSROOTS))
                .postJson("/api/v1/jobs", body(String.valueOf(unit), "基层", JobPostings.today().toString())).status()).isEqualTo(403);
    }
}
