package org.zhuye.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhuye.testing.Api;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;

/**
 * HTTP Basic answered from verified credentials without bcrypt on repeat calls, yet with the account as it is
 * now: a change of password, roles, region or enabled state, or a lock, takes effect on the very next request.
 */
@ZhuyeTest
class BasicCredentialCacheTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures accounts;
    @Autowired
    UserAdministration administration;
    @Autowired
    BasicCredentialCache cache;

    private UserAccount hohhotStaff() {
        return accounts.create("basic", "150100000000", Role.STAFF);
    }

    @Test
    void repeatedCallsWithTheSameCredentialsAreAnsweredWithoutHashingThePasswordAgain() {
        UserAccount user = hohhotStaff();
        Api api = Api.basic(port, user.username(), AccountFixtures.PASSWORD);
        assertThat(api.get("/api/v1/me").status()).isEqualTo(200);
        long before = cache.hits();
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/v1/me").status()).isEqualTo(200);
        }
        assertThat(cache.hits() - before).isGreaterThanOrEqualTo(5);
    }

    @Test
    void signingInOnThePagesChecksThePasswordEveryTime() {
        UserAccount user = hohhotStaff();
        assertThat(Api.basic(port, user.username(), AccountFixtures.PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
        long before = cache.hits();
        for (int i = 0; i < 2; i++) {
            assertThat(PageSession.signIn(port, user.username(), AccountFixtures.PASSWORD).get("/").status()).isEqualTo(200);
        }
        assertThat(cache.hits()).as("form login never answered from the API's cache").isEqualTo(before);
    }

    @Test
    void aWrongPasswordIsNeverAnsweredFromTheRightOnesEntry() {
        UserAccount user = hohhotStaff();
        assertThat(Api.basic(port, user.username(), AccountFixtures.PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(Api.basic(port, user.username(), AccountFixtures.PASSWORD + "x").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void resettingThePasswordRefusesTheOldOneOnTheNextCall() {
        UserAccount user = hohhotStaff();
        Api api = Api.basic(port, user.username(), AccountFixtures.PASSWORD);
        assertThat(api.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/me").status()).isEqualTo(200);
        administration.resetPassword(accounts.provinceAdmin(), user.id(), "Another-Temporary-9");
        assertThat(api.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void disablingOrNarrowingTheAccountTakesEffectOnTheNextCall() {
        UserAccount user = hohhotStaff();
        Api api = Api.basic(port, user.username(), AccountFixtures.PASSWORD);
        assertThat(api.get("/api/v1/regions/150102").status()).isEqualTo(200);
        administration.update(accounts.provinceAdmin(), user.id(), user.displayName(), user.roles(), "150103", true);
        assertThat(api.get("/api/v1/regions/150102").status()).as("新城区 is outside 回民区").isIn(403, 404);
        administration.update(accounts.provinceAdmin(), user.id(), user.displayName(), EnumSet.of(Role.STAFF), "150103", false);
        assertThat(api.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void anAccountLockedFromTheAddressIsRefusedEvenWithTheRightPassword() {
        UserAccount user = hohhotStaff();
        Api right = Api.basic(port, user.username(), AccountFixtures.PASSWORD);
        assertThat(right.get("/api/v1/me").status()).isEqualTo(200);
        Api wrong = Api.basic(port, user.username(), "Wrong-Password-1");
        for (int i = 0; i < 3; i++) {
            assertThat(wrong.get("/api/v1/me").status()).isEqualTo(401);
        }
        assertThat(right.get("/api/v1/me").status()).isEqualTo(401);
        administration.unlock(accounts.provinceAdmin(), user.id());
        assertThat(right.get("/api/v1/me").status()).isEqualTo(200);
    }
}
