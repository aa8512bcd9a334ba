package org.zhuye.monitoring.target;

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
class TargetApiTest {

    @LocalServerPort
    int port;
    @Autowired
    AccountFixtures accounts;

    private Api as(UserAccount user) {
        return Api.basic(port, user.username(), AccountFixtures.PASSWORD);
    }

    @Test
    void targetsAreSetAsAListInOneTransactionAndReadBack() {
        Api league = as(accounts.create("target-api", "1505", Role.STAFF));
        Api.Response saved = league.send("PUT", "/api/v1/targets", """
                [{"indicator": "new_employment", "regionCode": "150502", "from": "2051-01-01", "to": "2051-12-31", "value": 120},
                 {"indicator": "new_employment", "regionCode": "150521", "from": "2051-01-01", "to": "2051-12-31", "value": "80"}]""");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().size()).isEqualTo(2);
        JsonNode first = saved.json().get(0);
        assertThat(first.get("regionCode").asString()).isEqualTo("150502000000");
        assertThat(first.get("value").decimalValue()).isEqualByComparingTo("120");
        assertThat(first.get("version").asInt()).isZero();
        assertThat(first.get("setBy").asString()).startsWith("target-api");

        Api.Response listed = league.get("/api/v1/targets?region=1505&period=2051");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().size()).isEqualTo(2);

        Api.Response stale = league.send("PUT", "/api/v1/targets", """
                {"indicator": "new_employment", "regionCode": "150502", "from": "2051-01-01", "to": "2051-12-31", "value": 130, "version": 5}""");
        assertThat(stale.status()).isEqualTo(409);

        Api.Response bad = league.send("PUT", "/api/v1/targets", """
                [{"indicator": "new_employment", "regionCode": "150502", "from": "2052-01-01", "to": "2052-12-31", "value": 10},
                 {"indicator": "nope", "regionCode": "150521", "to": "2052-12-31", "value": -1}]""");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("fieldErrors").propertyNames()).containsExactlyInAnyOrder("[1].indicator", "[1].from", "[1].value");
        assertThat(league.get("/api/v1/targets?region=150502&period=2052").json().size()).as("nothing half-saved").isZero();

        Api.Response outside = league.send("PUT", "/api/v1/targets", """
                {"indicator": "new_employment", "regionCode": "150102", "from": "2051-01-01", "to": "2051-12-31", "value": 1}""");
        assertThat(outside.status()).isEqualTo(404);
        assertThat(league.get("/api/v1/targets?region=1501").status()).isEqualTo(404);
    }
}
