package org.zhuye.employer.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhuye.employer.declaration.DeclarationFixtures.YEAR;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.UserAccount;
import org.zhuye.testing.Api;
import org.zhuye.testing.ZhuyeTest;
import tools.jackson.databind.JsonNode;

@ZhuyeTest
class DeclarationApiTest {

    @LocalServerPort
    int port;
    @Autowired
    AccountFixtures accounts;

    @Test
    void anEmployerFilesThroughTheApiSeesOnlyItsOwnAndStaffReviewIt() {
        DeclarationFixtures fixtures = new DeclarationFixtures(accounts).withTestYears();
        long unit = fixtures.enterprise("接口申报测试公司", "150802000000");
        long other = fixtures.enterprise("接口他家测试公司", "150802000000");
        UserAccount employer = fixtures.employerAccount(unit, DeclarationFixtures.LINHE_VILLAGE);
        UserAccount staff = fixtures.staff("150802000000");
        String certificate = fixtures.person("接口职工", 4, 2);
        Api asEmployer = Api.basic(port, employer.username(), AccountFixtures.PASSWORD);
        Api asStaff = Api.basic(port, staff.username(), AccountFixtures.PASSWORD);

        Api.Response bad = asEmployer.postJson("/api/v1/declarations", """
                {"year": %d, "wageTotal": 16000000, "employees": [{"name": "接口职工", "certificateNumber": "%s", "months": 13}]}
                """.formatted(YEAR, certificate));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("fieldErrors").has("staffCount")).isTrue();
        assertThat(bad.json().get("fieldErrors").get("employees[0].months").asString()).contains("第1名残疾职工");

        Api.Response created = asEmployer.postJson("/api/v1/declarations", """
                {"year": %d, "staffCount": 200, "wageTotal": 16000000, "employees": [{"name": "接口职工",
                 "certificateNumber": "%s", "months": 12, "contractAtLeastOneYear": true, "monthlyWage": 3000,
                 "socialInsurancePaid": true}]}
                """.formatted(YEAR, certificate));
        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        long id = body.get("declaration").get("id").asLong();
        assertThat(body.get("declaration").get("status").asString()).isEqualTo("DRAFT");
        assertThat(body.get("employees").get(0).get("counted").asBoolean()).isTrue();
        assertThat(body.get("employees").get(0).get("certificateMasked").asString()).doesNotContain(certificate.substring(6, 14));
        assertThat(body.get("levy").get("due").asString()).isEqualTo("40000.00");
        assertThat(body.get("levy").get("steps").size()).isGreaterThan(5);

        long othersId = accounts.bean(Declarations.class).create(other, String.valueOf(YEAR),
                DeclarationFixtures.input(10, "500000"), staff, staff.jurisdiction());
        assertThat(asEmployer.get("/api/v1/declarations/" + othersId).status()).isEqualTo(404);
        JsonNode list = asEmployer.get("/api/v1/declarations?year=" + YEAR).json().get("rows");
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("id").asLong()).isEqualTo(id);

        assertThat(asStaff.postJson("/api/v1/declarations/" + id + "/confirm?version=0", "").status()).isEqualTo(409);
        assertThat(asEmployer.postJson("/api/v1/declarations/" + id + "/submit?version=0", "").status()).isEqualTo(200);
        Api.Response noReason = asStaff.postJson("/api/v1/declarations/" + id + "/return?version=1", "{\"reason\": \"\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("error").asString()).contains("退回理由");
        assertThat(asEmployer.postJson("/api/v1/declarations/" + id + "/confirm?version=1", "").status()).isEqualTo(403);
        Api.Response confirmed = asStaff.postJson("/api/v1/declarations/" + id + "/confirm?version=1", "");
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().get("declaration").get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.json().get("declaration").get("due").asString()).isEqualTo("40000.00");
        assertThat(asEmployer.send("PUT", "/api/v1/declarations/" + id + "?version=2",
                "{\"staffCount\": 10, \"wageTotal\": 1}").status()).isEqualTo(409);

        String openapi = Api.anonymous(port).get("/api/openapi.json").body();
        assertThat(openapi).contains("/api/v1/declarations/{id}/confirm", "/api/v1/disclosure");
    }

    /**
     * The rule for a declaration's employees (docs/architecture.md): reviewing staff of the unit's area see
     * every declared row, wherever the employee is registered, because counting them is the review; no row
     * carries a registry link or person id.
     */
    @Test
    void staffOfTheUnitsAreaSeeAnEmployeeRegisteredInAnotherLeagueButNoRegistryLink() {
        DeclarationFixtures fixtures = new DeclarationFixtures(accounts).withTestYears();
        long unit = fixtures.enterprise("跨盟市职工测试公司", "150802000000");
        UserAccount staff = fixtures.staff("150802000000");
        String certificate = fixtures.person("赤峰职工", DeclarationFixtures.certificate(4, 2),
                DeclarationFixtures.HONGSHAN_VILLAGE, null);
        long id = accounts.bean(Declarations.class).create(unit, String.valueOf(YEAR),
                DeclarationFixtures.input(200, "16000000", DeclarationFixtures.employee("赤峰职工", certificate)),
                staff, staff.jurisdiction());

        Api.Response read = Api.basic(port, staff.username(), AccountFixtures.PASSWORD).get("/api/v1/declarations/" + id);
        assertThat(read.status()).isEqualTo(200);
        JsonNode row = read.json().get("employees").get(0);
        assertThat(row.get("name").asString()).isEqualTo("赤峰职工");
        assertThat(row.get("counted").asBoolean()).as("registered in 赤峰, counted under the PROVINCE residence scope").isTrue();
        assertThat(row.has("personId")).isFalse();
        assertThat(read.body()).doesNotContain(DeclarationFixtures.HONGSHAN_VILLAGE, "/persons/");
    }
}
