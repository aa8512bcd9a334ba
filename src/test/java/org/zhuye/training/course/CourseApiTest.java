package org.zhuye.training.course;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.TestCreditCodes;
import org.zhuye.testing.Api;
import org.zhuye.testing.ZhuyeTest;
import tools.jackson.databind.JsonNode;

@ZhuyeTest
class CourseApiTest {

    static final String HONGSHAN = "150402000000";
    static final String VILLAGE = "150402001001";

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures accounts;

    private Api as(UserAccount user) {
        return Api.basic(port, user.username(), AccountFixtures.PASSWORD);
    }

    static String course(long providerId, String title, String start, String end) {
        return """
                {"providerId": "%d", "kind": "VOCATIONAL", "title": "%s", "occupationCode": "4-10", "delivery": "ON_SITE",
                 "regionCode": "%s", "address": "红山区培训楼", "startsOn": "%s", "endsOn": "%s", "hours": "24",
                 "capacity": "10", "subsidyStandard": "800", "teachingPlan": "三天实操",
                 "teachers": [{"name": "钱老师", "qualification": "保健按摩师一级"}], "assessmentMethod": "实操考核"}
                """.formatted(providerId, title, VILLAGE, start, end);
    }

    @Test
    void aCourseIsAppliedForApprovedAttendedAndCertifiedThroughTheApi() {
        CourseFixtures fixtures = new CourseFixtures(accounts);
        UserAccount staffAccount = accounts.create("course-api-staff", HONGSHAN, Role.STAFF);
        Api staff = as(staffAccount);
        Api reviewer = as(accounts.create("course-api-reviewer", HONGSHAN, Role.STAFF));
        String today = Courses.today().toString();
        String start = Courses.today().minusDays(2).toString();

        Api.Response school = staff.postJson("/api/v1/training/providers", """
                {"name": "接口测试职业学校", "creditCode": "%s", "regionCode": "%s", "contactPhone": "13900001111"}
                """.formatted(TestCreditCodes.next(), VILLAGE));
        assertThat(school.status()).isEqualTo(201);
        assertThat(school.json().get("contactPhoneMasked").asString()).isEqualTo("139****1111");
        long provider = school.json().get("id").asLong();
        Api.Response renamed = staff.send("PUT", "/api/v1/training/providers/" + provider + "?version=0", """
                {"name": "接口测试职业技术学校", "creditCode": "%s", "regionCode": "%s", "contactPhone": "13900001111"}
                """.formatted(school.json().get("creditCode").asString(), VILLAGE));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).isEqualTo("接口测试职业技术学校");
        assertThat(staff.send("PUT", "/api/v1/training/providers/" + provider + "?version=0", "{}").status()).as("stale").isEqualTo(409);
        Api.Response badSchool = staff.postJson("/api/v1/training/providers", "{\"name\": \"\", \"creditCode\": \"123\", \"regionCode\": \"15\"}");
        assertThat(badSchool.status()).isEqualTo(422);
        assertThat(badSchool.json().get("fieldErrors").propertyNames()).contains("name", "creditCode", "regionCode");

        Api.Response bad = staff.postJson("/api/v1/courses", "{\"kind\": \"X\", \"hours\": \"0\", \"teachers\": [{\"name\": \"\"}]}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("fieldErrors").propertyNames()).contains("providerId", "kind", "title", "delivery", "regionCode",
                "startsOn", "endsOn", "hours", "capacity", "subsidyStandard", "teachers");
        assertThat(bad.json().get("fieldErrors").get("hours").asString()).contains("总学时");

        Api.Response created = staff.postJson("/api/v1/courses", course(provider, "接口按摩班", start, today));
        assertThat(created.status()).isEqualTo(201);
        JsonNode c = created.json();
        long id = c.get("id").asLong();
        assertThat(c.get("kind").asString()).isEqualTo("VOCATIONAL");
        assertThat(c.get("kindLabel").asString()).isEqualTo("职业技能培训");
        assertThat(c.get("status").asString()).isEqualTo("DRAFT");
        assertThat(c.get("enrolled").asInt()).isZero();
        assertThat(c.get("providerId").asLong()).isEqualTo(provider);

        Api.Response notYet = staff.postJson("/api/v1/courses/" + id + "/submit", "");
        assertThat(notYet.status()).isEqualTo(422);
        assertThat(notYet.json().get("fieldErrors").get("roster").asString()).contains("学员名单");

        long person = fixtures.person("接口学员", VILLAGE);
        Api.Response enrolled = staff.postJson("/api/v1/courses/" + id + "/enrolments", "{\"personId\": \"" + person + "\"}");
        assertThat(enrolled.status()).isEqualTo(201);
        long enrolment = enrolled.json().get("id").asLong();
        assertThat(staff.postJson("/api/v1/courses/" + id + "/enrolments?version=0", "{\"personId\": \"" + person + "\"}").status())
                .as("a stale version").isEqualTo(409);

        assertThat(staff.postJson("/api/v1/courses/" + id + "/submit", "").json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(staff.postJson("/api/v1/courses/" + id + "/approve", "{}").status()).as("not by the submitter").isEqualTo(422);
        JsonNode approved = reviewer.postJson("/api/v1/courses/" + id + "/approve", "{\"note\": \"同意开班\"}").json();
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("enrolled").asInt()).isEqualTo(1);

        long session = staff.postJson("/api/v1/courses/" + id + "/sessions", "{\"heldOn\": \"" + today + "\", \"hours\": \"8\", \"topic\": \"实操\"}")
                .json().get("id").asLong();
        String code = staff.postJson("/api/v1/courses/" + id + "/sessions/" + session + "/sign-code", "").json().get("code").asString();
        assertThat(code).matches("[0-9]{6}");

        UserAccount traineeAccount = accounts.create("course-api-trainee", VILLAGE, Role.PERSON);
        fixtures.bindPerson(traineeAccount, person);
        Api trainee = as(traineeAccount);
        assertThat(trainee.get("/api/v1/courses/" + id).status()).as("a person reads their courses on /me only").isEqualTo(404);
        String wrong = code.equals("999999") ? "999998" : "999999";
        Api.Response refused = trainee.postJson("/api/v1/me/courses/sign-in", "{\"code\": \"" + wrong + "\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("fieldErrors").get("code").asString()).contains("签到码不对");
        Api.Response signed = trainee.postJson("/api/v1/me/courses/sign-in", "{\"code\": \"" + code + "\"}");
        assertThat(signed.status()).isEqualTo(200);
        assertThat(signed.json().get("courseId").asLong()).isEqualTo(id);
        JsonNode sessions = staff.get("/api/v1/courses/" + id + "/sessions").json();
        assertThat(sessions.get(0).get("present").get(0).asLong()).isEqualTo(enrolment);
        assertThat(staff.get("/api/v1/courses/" + id + "/enrolments").json().get(0).get("attendanceRate").asDouble()).isEqualTo(1.0);

        Api.Response result = staff.send("PUT", "/api/v1/courses/" + id + "/enrolments/" + enrolment + "/result",
                "{\"result\": \"PASSED\", \"score\": \"88\"}");
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().get("resultLabel").asString()).isEqualTo("合格");
        Api.Response certificate = staff.postJson("/api/v1/courses/" + id + "/certificates", """
                {"enrolmentId": "%d", "kind": "SPECIAL", "number": "API-%d", "issuer": "内蒙古自治区职业技能鉴定指导中心", "issuedOn": "%s"}
                """.formatted(enrolment, System.nanoTime(), today));
        assertThat(certificate.status()).isEqualTo(201);
        assertThat(certificate.json().get("kindLabel").asString()).isEqualTo("专项职业能力证书");
        JsonNode finished = staff.postJson("/api/v1/courses/" + id + "/finish", "").json();
        assertThat(finished.get("status").asString()).isEqualTo("FINISHED");
        assertThat(finished.get("completed").asInt()).isEqualTo(1);

        assertThat(staff.get("/api/v1/courses?status=FINISHED&region=150402").json().get("courses").findValues("id").stream()
                .map(JsonNode::asLong)).contains(id);
        Api employer = as(accounts.create("course-api-employer", VILLAGE, Role.EMPLOYER));
        assertThat(employer.get("/api/v1/courses/" + id).status()).isEqualTo(404);
        assertThat(employer.get("/api/v1/courses").status()).isEqualTo(404);
        Api elsewhere = as(accounts.create("course-api-other", "150102000000", Role.STAFF));
        assertThat(elsewhere.get("/api/v1/courses/" + id).status()).isEqualTo(404);
    }
}
