package org.zhuye.employer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.ApiTokens;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.testing.Api;
import org.zhuye.testing.ZhuyeTest;
import tools.jackson.databind.JsonNode;

@ZhuyeTest
class EmployerApiTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    EmployerAccounts employerAccounts;

    private Api as(Role role, String region) {
        UserAccount user = accounts.create("e-" + role.name().toLowerCase(), region, role);
        return Api.basic(port, user.username(), AccountFixtures.PASSWORD);
    }

    static String body(String code, String name, String type, String level, String region) {
        return """
                {"creditCode": "%s", "name": "%s", "type": "%s", "level": %s, "authorisedPosts": 70,
                 "school": false, "industry": "S", "regionCode": "%s", "contactName": "乌兰", "contactPhone": "13900001111"}
                """.formatted(code, name, type, level == null ? "null" : "\"" + level + "\"", region);
    }

    @Test
    void theCreditCodeCheckAnswersValidityAndEveryError() {
        Api viewer = as(Role.VIEWER, "150402000000");
        JsonNode valid = viewer.postJson("/api/v1/employers/credit-code-check", "{\"code\": \"914403001922038216\"}").json();
        assertThat(valid.get("valid").asBoolean()).isTrue();
        assertThat(valid.get("errors")).isEmpty();
        assertThat(valid.get("organisationCategory").asString()).isEqualTo("企业");
        JsonNode invalid = viewer.postJson("/api/v1/employers/credit-code-check", "{\"code\": \"9144030O192203821\"}").json();
        assertThat(invalid.get("valid").asBoolean()).isFalse();
        assertThat(invalid.get("errors")).hasSize(2);
        assertThat(invalid.get("errors").get(0).asString()).contains("第8位“O”");
    }

    @Test
    void staffRegisterReadFindAndCorrectAUnit() {
        Api staff = as(Role.STAFF, "150402000000");
        String code = TestCreditCodes.next("12", "150402");
        Api.Response created = staff.postJson("/api/v1/employers", body(code, "红山区某中心", "PUBLIC_INSTITUTION", "BANNER_COUNTY", "150402001001"));
        assertThat(created.status()).isEqualTo(201);
        JsonNode unit = created.json();
        long id = unit.get("id").asLong();
        assertThat(unit.get("type").asString()).isEqualTo("PUBLIC_INSTITUTION");
        assertThat(unit.get("level").asString()).isEqualTo("BANNER_COUNTY");
        assertThat(unit.get("authorisedPosts").asInt()).isEqualTo(70);
        assertThat(unit.get("contactPhoneMasked").asString()).isEqualTo("139****1111");
        assertThat(created.body()).doesNotContain("13900001111");

        JsonNode byCode = staff.get("/api/v1/employers?creditCode=" + code.toLowerCase()).json();
        assertThat(byCode.get("rows")).hasSize(1);
        assertThat(byCode.get("rows").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(staff.get("/api/v1/employers?name=某中心&type=PUBLIC_INSTITUTION&level=BANNER_COUNTY&regionCode=150402001")
                .json().get("rows").findValuesAsString("creditCode")).contains(code);
        assertThat(staff.get("/api/v1/employers?creditCode=" + code + "&type=AGENCY").json().get("rows")).isEmpty();

        Api.Response corrected = staff.send("PUT", "/api/v1/employers/" + id + "?version=0",
                body(code, "红山区某服务中心", "PUBLIC_INSTITUTION", "BANNER_COUNTY", "150402001001"));
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().get("name").asString()).isEqualTo("红山区某服务中心");
        assertThat(corrected.json().get("version").asInt()).isEqualTo(1);
        Api.Response stale = staff.send("PUT", "/api/v1/employers/" + id + "?version=0",
                body(code, "过期的修改", "PUBLIC_INSTITUTION", "BANNER_COUNTY", "150402001001"));
        assertThat(stale.status()).isEqualTo(422);
        assertThat(stale.json().get("fieldErrors").get("version").asString()).contains("已被他人修改");
    }

    @Test
    void badInputIsRefusedWithEveryFieldNamedAndNothingSaved() {
        Api staff = as(Role.STAFF, "150402000000");
        Api.Response refused = staff.postJson("/api/v1/employers", """
                {"creditCode": "91150402MA0000O15X", "name": "", "type": "PRIVATE_ENTERPRISE", "level": "LEAGUE_CITY",
                 "authorisedPosts": -1, "industry": "Z", "regionCode": "150403001001", "contactPhone": "123"}
                """);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("fieldErrors").propertyNames())
                .containsExactlyInAnyOrder("creditCode", "name", "level", "authorisedPosts", "industry", "regionCode", "contactPhone");
        assertThat(refused.json().get("fieldErrors").get("regionCode").asString()).isEqualTo("注册地超出您的管辖范围");
        assertThat(staff.get("/api/v1/employers?name=91150402MA0000O15X").json().get("rows")).isEmpty();
    }

    @Test
    void aCreditCodeIsRegisteredOnlyOnce() {
        Api staff = as(Role.STAFF, "150402000000");
        String code = TestCreditCodes.next();
        assertThat(staff.postJson("/api/v1/employers", body(code, "第一家", "PRIVATE_ENTERPRISE", null, "150402000000")).status()).isEqualTo(201);
        Api.Response again = staff.postJson("/api/v1/employers", body(code, "第二家", "PRIVATE_ENTERPRISE", null, "150402002001"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("fieldErrors").get("creditCode").asString()).contains("已登记");
        Api township = as(Role.STAFF, "150402002000");
        Api.Response elsewhere = township.postJson("/api/v1/employers", body(code, "第三家", "PRIVATE_ENTERPRISE", null, "150402002001"));
        assertThat(elsewhere.json().get("fieldErrors").get("creditCode").asString()).isEqualTo("此统一社会信用代码已在其他地区登记，一个代码只登记一个单位");
    }

    @Test
    void aUnitOutsideTheCallersJurisdictionIsNotFound() {
        Api county = as(Role.STAFF, "150402000000");
        long id = county.postJson("/api/v1/employers", body(TestCreditCodes.next(), "三中街某公司", "PRIVATE_ENTERPRISE", null, "150402002001"))
                .json().get("id").asLong();
        Api xitun = as(Role.STAFF, "150402001000");
        assertThat(xitun.get("/api/v1/employers/" + id).status()).isEqualTo(404);
        assertThat(xitun.send("PUT", "/api/v1/employers/" + id + "?version=0",
                body(TestCreditCodes.next(), "x", "OTHER", null, "150402001001")).status()).isEqualTo(404);
        assertThat(xitun.get("/api/v1/employers?name=三中街某公司").json().get("rows")).isEmpty();
        Api.Response filteredElsewhere = xitun.get("/api/v1/employers?regionCode=150402002");
        assertThat(filteredElsewhere.status()).as("a region filter outside the jurisdiction, as any record there").isEqualTo(404);
        assertThat(filteredElsewhere.json().get("error").asString()).contains("不在您的管辖范围内");
        assertThat(xitun.get("/api/v1/declarations?regionCode=150402002").status()).isEqualTo(404);
        assertThat(xitun.get("/api/v1/declarations?regionCode=150402001").status()).isEqualTo(200);
    }

    @Test
    void viewersAndGrassrootsReadButCannotWriteAndOutsideRolesSeeNothing() {
        Api staff = as(Role.STAFF, "150402000000");
        long id = staff.postJson("/api/v1/employers", body(TestCreditCodes.next(), "只读测试公司", "PRIVATE_ENTERPRISE", null, "150402001001"))
                .json().get("id").asLong();
        for (Role role : new Role[]{Role.VIEWER, Role.GRASSROOTS}) {
            Api reader = as(role, "150402001000");
            assertThat(reader.get("/api/v1/employers/" + id).status()).as(role.name()).isEqualTo(200);
            assertThat(reader.postJson("/api/v1/employers", body(TestCreditCodes.next(), "x", "OTHER", null, "150402001001")).status())
                    .as(role.name()).isEqualTo(403);
        }
        Api institution = as(Role.INSTITUTION, "150402000000");
        assertThat(institution.get("/api/v1/employers").status()).isEqualTo(403);
        assertThat(institution.get("/api/v1/employers/" + id).status()).isEqualTo(404);
    }

    @Test
    void anEmployerTokenSeesOnlyItsOwnUnit() {
        Api staff = as(Role.STAFF, "150402000000");
        long own = staff.postJson("/api/v1/employers", body(TestCreditCodes.next(), "本单位测试公司", "PRIVATE_ENTERPRISE", null, "150402001001"))
                .json().get("id").asLong();
        long other = staff.postJson("/api/v1/employers", body(TestCreditCodes.next(), "别的单位", "PRIVATE_ENTERPRISE", null, "150402001001"))
                .json().get("id").asLong();
        UserAccount employer = accounts.create("e-unit", "150402001001", Role.EMPLOYER);
        employerAccounts.link(own, employer.username(), org.zhuye.region.Jurisdiction.of("150402000000"));
        String token = accounts.bean(ApiTokens.class).issue(accounts.provinceAdmin(), employer.id(), "年审", Duration.ofDays(1));
        Api api = Api.bearer(port, token);

        assertThat(api.get("/api/v1/employers/" + own).json().get("name").asString()).isEqualTo("本单位测试公司");
        assertThat(api.get("/api/v1/employers/" + other).status()).isEqualTo(404);
        JsonNode list = api.get("/api/v1/employers?name=别的单位").json();
        assertThat(list.get("rows")).hasSize(1);
        assertThat(list.get("rows").get(0).get("id").asLong()).isEqualTo(own);
        assertThat(api.send("PUT", "/api/v1/employers/" + own + "?version=0",
                body(TestCreditCodes.next(), "改名", "OTHER", null, "150402001001")).status()).isEqualTo(403);

        UserAccount unlinked = accounts.create("e-none", "150402001001", Role.EMPLOYER);
        Api nobody = Api.basic(port, unlinked.username(), AccountFixtures.PASSWORD);
        assertThat(nobody.get("/api/v1/employers").json().get("rows")).isEmpty();
        assertThat(nobody.get("/api/v1/employers/" + own).status()).isEqualTo(404);
    }
}
