package org.zhuye.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.testing.Api;
import org.zhuye.testing.ZhuyeTest;
import tools.jackson.databind.JsonNode;

@ZhuyeTest
class PersonApiTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures accounts;

    private Api as(Role role, String region) {
        var user = accounts.create(role.name().toLowerCase(), region, role);
        return Api.basic(port, user.username(), AccountFixtures.PASSWORD);
    }

    private static String body(String certificate, String name) {
        return """
                {"person": {"certificateNumber": "%s", "name": "%s", "ethnicity": "蒙古族", "regionCode": "150102001001",
                            "hukou": "城镇", "phone": "13800005678"},
                 "employment": {"employed": "否", "effectiveOn": "2024-01-01", "reason": "无就业技能", "livelihood": "家庭成员供养"}}
                """.formatted(certificate, name);
    }

    @Test
    void theCertificateCheckAnswersTheFieldsOfAValidNumberAndTheErrorsOfAnInvalidOne() {
        Api api = as(Role.VIEWER, "150102000000");
        JsonNode valid = api.postJson("/api/v1/persons/certificate-check", "{\"number\": \"15010419781105106x61\"}").json();
        assertThat(valid.get("valid").asBoolean()).isTrue();
        assertThat(valid.get("sex").asString()).isEqualTo("F");
        assertThat(valid.get("birthDate").asString()).isEqualTo("1978-11-05");
        assertThat(valid.get("category").asInt()).isEqualTo(6);
        assertThat(valid.get("grade").asInt()).isEqualTo(1);
        JsonNode invalid = api.postJson("/api/v1/persons/certificate-check", "{\"number\": \"15010219850312123541\"}").json();
        assertThat(invalid.get("valid").asBoolean()).isFalse();
        assertThat(invalid.get("errors").get(0).asString()).contains("校验位");
        assertThat(invalid.has("sex")).isTrue();
        assertThat(invalid.get("sex").isNull()).isTrue();
    }

    @Test
    void malformedJsonOrAWrongValueTypeIsTheCallersMistakeNotAServerError() {
        Api api = as(Role.STAFF, "150102000000");
        Api.Response broken = api.postJson("/api/v1/persons", "{\"person\": {");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("error").asString()).isEqualTo("请求内容不是有效的 JSON");
        Api.Response wrongType = api.postJson("/api/v1/persons/certificate-check", "{\"number\": [1, 2]}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("error").asString()).isEqualTo("字段 number 的值类型不对");
    }

    @Test
    void staffCreateReadAndFindAPersonByCertificateNumber() {
        Api staff = as(Role.STAFF, "150102000000");
        String certificate = PersonRegistryTest.newCertificate(3, 2);
        Api.Response created = staff.postJson("/api/v1/persons", body(certificate, "娜仁"));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("employed").asBoolean()).isFalse();
        assertThat(created.json().get("phoneMasked").asString()).isEqualTo("138****5678");
        assertThat(created.body()).doesNotContain(certificate);

        JsonNode found = staff.get("/api/v1/persons?certificateNumber=" + certificate).json();
        assertThat(found.get("rows")).hasSize(1);
        assertThat(found.get("rows").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(staff.get("/api/v1/persons/" + id + "/employment").json().get(0).get("baseline").asBoolean()).isTrue();
    }

    @Test
    void badInputIsRefusedWithEveryFieldNamedAndNothingSaved() {
        Api staff = as(Role.STAFF, "150102000000");
        Api.Response refused = staff.postJson("/api/v1/persons", """
                {"person": {"certificateNumber": "15010219850312123541", "name": "", "regionCode": "150203001001", "hukou": "x"},
                 "employment": {"employed": "是"}}
                """);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("fieldErrors").propertyNames())
                .contains("certificateNumber", "name", "regionCode", "hukou", "form");
    }

    @Test
    void textWithControlCharactersOrPastItsFieldsLengthIsRefusedAsThroughAnImport() {
        Api staff = as(Role.STAFF, "150102000000");
        String certificate = PersonRegistryTest.newCertificate(4, 3);
        Api.Response refused = staff.postJson("/api/v1/persons", """
                {"person": {"certificateNumber": "%s", "name": "其\\u0000木格", "ethnicity": "蒙古族",
                            "regionCode": "150102001001", "hukou": "城镇", "guardianName": "%s"},
                 "employment": {"employed": "是", "form": "灵活就业", "employerName": "%s", "occupation": "保洁员\\n主管"}}
                """.formatted(certificate, "乙".repeat(51), "单位".repeat(51)));
        assertThat(refused.status()).isEqualTo(422);
        JsonNode errors = refused.json().get("fieldErrors");
        assertThat(errors.get("name").asString()).contains("控制字符");
        assertThat(errors.get("guardianName").asString()).contains("不超过50个字");
        assertThat(errors.get("employerName").asString()).contains("不超过100个字");
        assertThat(errors.get("occupation").asString()).contains("控制字符");
        assertThat(staff.get("/api/v1/persons?certificateNumber=" + certificate).json().get("rows")).isEmpty();
    }

    @Test
    void anEmptyBodyIsRefusedFieldByFieldNotAServerError() {
        Api staff = as(Role.STAFF, "150102000000");
        Api.Response created = staff.postJson("/api/v1/persons", "{}");
        assertThat(created.status()).isEqualTo(422);
        assertThat(created.json().get("fieldErrors").propertyNames()).contains("certificateNumber", "name", "regionCode");
        assertThat(staff.postJson("/api/v1/persons/certificate-check", "{}").status()).isLessThan(500);
    }

    @Test
    void aRegionFilterOutsideTheCallersJurisdictionIsNotFoundRatherThanAnEmptyList() {
        var user = accounts.create("filter-outside", "150102000000", Role.STAFF);
        Api staff = Api.basic(port, user.username(), AccountFixtures.PASSWORD);
        assertThat(staff.get("/api/v1/persons?regionCode=150203").status()).isEqualTo(404);
        assertThat(staff.get("/api/v1/persons?regionCode=abc").status()).isEqualTo(404);
        assertThat(staff.get("/api/v1/persons?regionCode=150102001").status()).isEqualTo(200);
        var page = org.zhuye.testing.PageSession.signIn(port, user.username(), AccountFixtures.PASSWORD);
        assertThat(page.get("/persons?regionCode=150203").status()).isEqualTo(404);
        assertThat(page.get("/persons/export.csv?regionCode=150203").status()).isEqualTo(404);
        assertThat(page.get("/persons/export.xlsx?regionCode=150203").status()).isEqualTo(404);
    }

    @Test
    void aPersonOutsideTheCallersJurisdictionIsNotFound() {
        Api xincheng = as(Role.STAFF, "150102000000");
        long id = xincheng.postJson("/api/v1/persons", body(PersonRegistryTest.newCertificate(4, 3), "图雅")).json().get("id").asLong();
        Api kundulun = as(Role.STAFF, "150203000000");
        assertThat(kundulun.get("/api/v1/persons/" + id).status()).isEqualTo(404);
        assertThat(kundulun.get("/api/v1/persons/" + id + "/employment").status()).isEqualTo(404);
        assertThat(kundulun.get("/api/v1/persons?name=图雅").json().get("rows")).isEmpty();
    }

    @Test
    void aGrassrootsCorrectionWaitsForStaffWhileAStaffCorrectionAppliesAtOnce() {
        Api staff = as(Role.STAFF, "150102000000");
        String certificate = PersonRegistryTest.newCertificate(4, 4);
        JsonNode person = staff.postJson("/api/v1/persons", body(certificate, "萨仁")).json();
        long id = person.get("id").asLong();
        String corrected = """
                {"certificateNumber": "%s", "name": "萨仁高娃", "ethnicity": "蒙古族", "regionCode": "150102001001",
                 "hukou": "城镇", "phone": "13800005678"}""".formatted(certificate);

        Api grassroots = as(Role.GRASSROOTS, "150102001000");
        Api.Response proposed = put(grassroots, "/api/v1/persons/" + id + "?version=" + person.get("version").asInt(), corrected);
        assertThat(proposed.status()).isEqualTo(202);
        assertThat(staff.get("/api/v1/persons/" + id).json().get("name").asString()).isEqualTo("萨仁");

        Api.Response applied = put(staff, "/api/v1/persons/" + id + "?version=" + person.get("version").asInt(), corrected);
        assertThat(applied.status()).isEqualTo(200);
        assertThat(applied.json().get("name").asString()).isEqualTo("萨仁高娃");
        assertThat(applied.json().get("version").asInt()).isEqualTo(person.get("version").asInt() + 1);
    }

    @Test
    void viewersReadButCannotWrite() {
        Api viewer = as(Role.VIEWER, "150102000000");
        assertThat(viewer.postJson("/api/v1/persons", body(PersonRegistryTest.newCertificate(1, 1), "其木格")).status()).isEqualTo(403);
        assertThat(viewer.get("/api/v1/persons").status()).isEqualTo(200);
    }

    private Api.Response put(Api api, String path, String json) {
        return api.send("PUT", path, json);
    }
}
