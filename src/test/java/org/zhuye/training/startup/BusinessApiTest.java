package org.zhuye.training.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

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
class BusinessApiTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures accounts;

    private Api as(UserAccount user) {
        return Api.basic(port, user.username(), AccountFixtures.PASSWORD);
    }

    static String body(long personId, String name, String code, LocalDate startedOn) {
        return """
                {"personId": %d, "kind": "INDIVIDUAL", "name": "%s", "creditCode": "%s", "industry": "O",
                 "startedOn": "%s", "regionCode": "%s", "address": "红山区长青街9号", "jobsCreated": 3, "jobsForDisabled": 1}
                """.formatted(personId, name, code, startedOn, StartupFixtures.VILLAGE);
    }

    @Test
    void staffRegisterABusinessGrantTheSubsidyRecordALoanAndReadTheTotals() {
        StartupFixtures fixtures = new StartupFixtures(accounts);
        long owner = fixtures.owner("接口创业者");
        Api staff = as(accounts.create("startup-api-staff", StartupFixtures.HONGSHAN, Role.STAFF));
        LocalDate started = Businesses.today().minusYears(1);

        JsonNode before = staff.get("/api/v1/businesses/totals").json();
        Api.Response created = staff.postJson("/api/v1/businesses", body(owner, "接口修理部", StartupFixtures.individualCode(), started));
        assertThat(created.status()).isEqualTo(201);
        JsonNode business = created.json();
        long id = business.get("id").asLong();
        assertThat(business.get("personId").asLong()).isEqualTo(owner);
        assertThat(business.get("kind").asString()).isEqualTo("INDIVIDUAL");
        assertThat(business.get("industry").asString()).isEqualTo("O");
        assertThat(business.get("jobsForDisabled").asInt()).isEqualTo(1);
        assertThat(business.get("status").asString()).isEqualTo("OPERATING");
        assertThat(business.get("startupSubsidy").isNull()).isTrue();

        Api.Response granted = staff.postJson("/api/v1/businesses/" + id + "/startup-subsidy", "");
        assertThat(granted.status()).isEqualTo(200);
        assertThat(granted.json().get("startupSubsidy").get("amount").asDouble()).isEqualTo(5000.0);
        Api.Response again = staff.postJson("/api/v1/businesses/" + id + "/startup-subsidy", "");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("fieldErrors").get("once").asString()).contains("每人限一次");

        Api.Response loan = staff.postJson("/api/v1/businesses/" + id + "/loans", """
                {"bank": "农业银行", "amount": "100000", "annualRate": "4.35", "termMonths": "24", "startedOn": "%s"}
                """.formatted(started.plusMonths(1)));
        assertThat(loan.status()).isEqualTo(201);
        assertThat(loan.json().get(0).get("subsidyByYear").size()).isEqualTo(2);
        assertThat(staff.get("/api/v1/businesses/" + id + "/loans").json().get(0).get("bank").asString()).isEqualTo("农业银行");

        JsonNode after = staff.get("/api/v1/businesses/totals").json();
        assertThat(after.get("businesses").asLong()).isEqualTo(before.get("businesses").asLong() + 1);
        assertThat(after.get("jobsForDisabled").asLong()).isEqualTo(before.get("jobsForDisabled").asLong() + 1);
        assertThat(after.get("subsidiesGranted").asLong()).isEqualTo(before.get("subsidiesGranted").asLong() + 1);
        assertThat(after.get("loans").asLong()).isEqualTo(before.get("loans").asLong() + 1);

        Api.Response stale = staff.send("PUT", "/api/v1/businesses/" + id + "?version=7",
                body(owner, "接口修理部", business.get("creditCode").asString(), started));
        assertThat(stale.status()).isEqualTo(409);
        Api.Response closed = staff.postJson("/api/v1/businesses/" + id + "/close", "{\"closedOn\": \"" + Businesses.today() + "\"}");
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
    }

    @Test
    void badFieldsAnswer422InChineseAndOtherAreasOrRolesSeeNothing() {
        UserAccount staffAccount = accounts.create("startup-api-bad", StartupFixtures.HONGSHAN, Role.STAFF);
        Api.Response refused = as(staffAccount).postJson("/api/v1/businesses", """
                {"personId": "", "kind": "SHOP", "name": "", "creditCode": "1", "industry": "Z", "startedOn": "2099-01-01",
                 "regionCode": "15", "address": "", "jobsCreated": -1, "jobsForDisabled": 0}""");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("fieldErrors").propertyNames()).contains("personId", "kind", "name", "creditCode",
                "industry", "startedOn", "regionCode", "address", "jobsCreated");
        assertThat(refused.json().get("fieldErrors").get("startedOn").asString()).isEqualTo("成立日期不能晚于今天");

        long owner = new StartupFixtures(accounts).owner("接口外区");
        long id = as(staffAccount).postJson("/api/v1/businesses", body(owner, "外区测试店", StartupFixtures.individualCode(),
                Businesses.today().minusMonths(2))).json().get("id").asLong();
        assertThat(as(accounts.create("startup-api-out", "150102000000", Role.STAFF)).get("/api/v1/businesses/" + id).status())
                .isEqualTo(404);
        assertThat(as(accounts.create("startup-api-emp", StartupFixtures.HONGSHAN, Role.EMPLOYER)).get("/api/v1/businesses").status())
                .isEqualTo(404);
    }
}
