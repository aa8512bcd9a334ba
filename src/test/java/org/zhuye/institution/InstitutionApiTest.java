package org.zhuye.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.TestCreditCodes;
import org.zhuye.institution.registry.InstitutionAccounts;
import org.zhuye.testing.Api;
import org.zhuye.testing.ZhuyeTest;
import tools.jackson.databind.JsonNode;

@ZhuyeTest
class InstitutionApiTest {

    @LocalServerPort
    int port;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    InstitutionAccounts institutionAccounts;

    private Api as(UserAccount user) {
        return Api.basic(port, user.username(), AccountFixtures.PASSWORD);
    }

    private static String body(String kind, String name, String code, String capacity, String openedOn) {
        return """
                {"kind": "%s", "name": "%s", "creditCode": %s, "regionCode": "150402001001", "address": "红山区某路1号",
                 "capacity": "%s", "accessibility": ["ENTRANCE", "盲道"], "contactName": "乌兰", "contactPhone": "13900002222",
                 "openedOn": "%s"}""".formatted(kind, name, code == null ? "null" : "\"" + code + "\"", capacity, openedOn);
    }

    @Test
    void staffRegisterReadListCorrectAndChangeStatus() {
        Api staff = as(accounts.create("ia-staff", "150402000000", Role.STAFF));
        Api.Response created = staff.postJson("/api/v1/institutions", body("SHELTERED_WORKSHOP", "接口测试工场",
                TestCreditCodes.next("52", "150402"), "30", "2021-05-01"));
        assertThat(created.status()).isEqualTo(201);
        JsonNode json = created.json();
        long id = json.get("id").asLong();
        assertThat(json.get("kind").asString()).isEqualTo("SHELTERED_WORKSHOP");
        assertThat(json.get("kindLabel").asString()).isEqualTo("辅助性就业机构");
        assertThat(json.get("contactPhoneMasked").asString()).isEqualTo("139****2222");
        assertThat(json.get("accessibility")).hasSize(2);
        assertThat(created.body()).doesNotContain("13900002222");

        JsonNode listed = staff.get("/api/v1/institutions?kind=SHELTERED_WORKSHOP&name=接口测试").json();
        assertThat(listed.get("rows")).hasSize(1);

        Api.Response updated = staff.send("PUT", "/api/v1/institutions/" + id + "?version=0",
                body("SHELTERED_WORKSHOP", "接口测试工场（改）", json.get("creditCode").asString(), "40", "2021-05-01"));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("capacity").asInt()).isEqualTo(40);
        Api.Response stale = staff.send("PUT", "/api/v1/institutions/" + id + "?version=0",
                body("SHELTERED_WORKSHOP", "又改", json.get("creditCode").asString(), "40", "2021-05-01"));
        assertThat(stale.status()).isEqualTo(409);

        Api.Response suspended = staff.postJson("/api/v1/institutions/" + id + "/status", "{\"status\": \"SUSPENDED\", \"version\": 1}");
        assertThat(suspended.status()).isEqualTo(200);
        assertThat(suspended.json().get("status").asString()).isEqualTo("SUSPENDED");
    }

    @Test
    void badInputIsAnsweredWithEveryFieldInChinese() {
        Api staff = as(accounts.create("ia-bad", "150402000000", Role.STAFF));
        Api.Response refused = staff.postJson("/api/v1/institutions", body("SHOP", "", null, "-3", "2999-01-01"));
        assertThat(refused.status()).isEqualTo(422);
        JsonNode errors = refused.json().get("fieldErrors");
        assertThat(errors.propertyNames()).contains("kind", "name", "capacity", "openedOn");
        assertThat(errors.get("openedOn").asString()).contains("不能晚于今天");
    }

    @Test
    void outsideTheAreaAndForOtherRolesAnInstitutionIsNotFoundAndAnAccountSeesOnlyItsOwn() {
        Api staff = as(accounts.create("ia-own", "150402000000", Role.STAFF));
        long id = staff.postJson("/api/v1/institutions", body("MASSAGE", "接口测试按摩店", null, "8", "2022-01-01")).json().get("id").asLong();
        long other = staff.postJson("/api/v1/institutions", body("MASSAGE", "接口测试另一店", null, "8", "2022-01-01")).json().get("id").asLong();

        assertThat(as(accounts.create("ia-far", "150404000000", Role.STAFF)).get("/api/v1/institutions/" + id).status()).isEqualTo(404);
        assertThat(as(accounts.create("ia-emp", "150402000000", Role.EMPLOYER)).get("/api/v1/institutions/" + id).status()).isEqualTo(404);
        assertThat(as(accounts.create("ia-per", "150402000000", Role.PERSON)).get("/api/v1/institutions").status()).isEqualTo(404);

        UserAccount account = accounts.create("ia-inst", "150402000000", Role.INSTITUTION);
        institutionAccounts.link(id, account.username(), InstitutionFixtures.HONGSHAN);
        Api institution = as(account);
        assertThat(institution.get("/api/v1/institutions/" + id).status()).isEqualTo(200);
        assertThat(institution.get("/api/v1/institutions/" + other).status()).isEqualTo(404);
        JsonNode own = institution.get("/api/v1/institutions").json();
        assertThat(own.get("rows")).hasSize(1);
        assertThat(institution.send("PUT", "/api/v1/institutions/" + id + "?version=0",
                body("MASSAGE", "改名", null, "8", "2022-01-01")).status()).isEqualTo(404);

        // The institution's own account records its served persons.
        long blind = InstitutionFixtures.person(accounts, 1, "接口按摩师");
        Api.Response admitted = institution.postJson("/api/v1/institutions/" + id + "/persons",
                "{\"personId\": \"%d\", \"service\": \"MASSAGE_HEALTH\", \"fromOn\": \"%s\"}".formatted(blind, LocalDate.now().minusDays(10)));
        assertThat(admitted.status()).isEqualTo(201);
        long span = admitted.json().get("span").get("id").asLong();
        assertThat(institution.get("/api/v1/institutions/" + id + "/persons").json().get("rows")).hasSize(1);
        Api.Response ended = institution.postJson("/api/v1/institutions/" + id + "/persons/" + span + "/end",
                "{\"untilOn\": \"%s\", \"reason\": \"TRANSFERRED\", \"version\": \"0\", \"notEmployedReason\": \"\"}".formatted(LocalDate.now()));
        assertThat(ended.status()).isEqualTo(422);
        assertThat(ended.json().get("fieldErrors").propertyNames()).contains("reason");
    }

    @Test
    void theOpenApiDescriptionNamesTheInstitutionEndpoints() {
        Api.Response spec = as(accounts.create("ia-doc", "150402000000", Role.VIEWER)).get("/api/openapi.json");
        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.body()).contains("/api/v1/institutions/{id}/persons/{spanId}/end", "/api/v1/institutions/{id}/status",
                "服务机构");
    }
}
