package org.zhuye.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.testing.Api;
import org.zhuye.testing.ZhuyeTest;

@ZhuyeTest
class AccountSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    UserAdministration administration;

    @Autowired
    ApiTokens tokens;

    @Autowired
    UserRepository users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theConfiguredInitialPasswordWorksAtOnceForTheApi() {
        Api.Response me = Api.basic(port, "admin", ZhuyeTest.ADMIN_PASSWORD).get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("jurisdiction").asString()).isEqualTo("150000000000");
        assertThat(me.json().get("mustChangePassword").asBoolean()).isFalse();
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'admin'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(ZhuyeTest.ADMIN_PASSWORD);
    }

    @Test
    void aLeagueAdminCannotCreateAProvinceWideUserNorOneInAnotherLeague() {
        UserAccount hohhotAdmin = accounts.create("hohhot-admin", "150100000000", Role.ADMIN);
        assertThatThrownBy(() -> administration.create(hohhotAdmin,
                new NewUser("wide-" + System.nanoTime(), "越权", EnumSet.of(Role.STAFF), "150000000000"), "Temporary-Pass-1"))
                .isInstanceOf(AccountRuleException.class)
                .satisfies(e -> assertThat(((AccountRuleException) e).fieldErrors()).containsKey("regionCode"));
        assertThatThrownBy(() -> administration.create(hohhotAdmin,
                new NewUser("baotou-" + System.nanoTime(), "越权", EnumSet.of(Role.STAFF), "150203"), "Temporary-Pass-1"))
                .isInstanceOf(AccountRuleException.class);
        long id = administration.create(hohhotAdmin,
                new NewUser("xincheng-" + System.nanoTime(), "新城区干部", EnumSet.of(Role.STAFF), "150102"), "Temporary-Pass-1");
        assertThat(users.find(id, hohhotAdmin.jurisdiction()).orElseThrow().regionCode()).isEqualTo("150102000000");
    }

    @Test
    void aLeagueAdminCannotWidenAUserOrSeeOneOutsideTheLeague() {
        UserAccount hohhotAdmin = accounts.create("hohhot-admin", "150100000000", Role.ADMIN);
        UserAccount own = accounts.createBy(hohhotAdmin, "own", "150102000000", EnumSet.of(Role.VIEWER));
        UserAccount baotou = accounts.create("baotou", "150203000000", Role.STAFF);
        assertThatThrownBy(() -> administration.update(hohhotAdmin, own.id(), "x", EnumSet.of(Role.VIEWER), "15", true))
                .isInstanceOf(AccountRuleException.class);
        assertThatThrownBy(() -> administration.update(hohhotAdmin, baotou.id(), "x", EnumSet.of(Role.VIEWER), "150102", true))
                .isInstanceOf(AccountNotFoundException.class);
        assertThat(users.find(baotou.id(), hohhotAdmin.jurisdiction())).isEmpty();
    }

    @Test
    void anAccountIsLockedAfterRepeatedWrongPasswordsAndUnlockedByAnAdmin() {
        UserAccount user = accounts.create("lock", "150102000000", Role.STAFF);
        Api wrong = Api.basic(port, user.username(), "Wrong-Password-1");
        for (int i = 0; i < 3; i++) {
            assertThat(wrong.get("/api/v1/me").status()).isEqualTo(401);
        }
        Api right = Api.basic(port, user.username(), AccountFixtures.PASSWORD);
        assertThat(right.get("/api/v1/me").status()).as("locked even with the right password").isEqualTo(401);

        administration.unlock(accounts.provinceAdmin(), user.id());
        assertThat(right.get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void aSuccessfulSignInResetsTheFailureCount() {
        UserAccount user = accounts.create("reset", "150102000000", Role.STAFF);
        Api wrong = Api.basic(port, user.username(), "Wrong-Password-1");
        Api right = Api.basic(port, user.username(), AccountFixtures.PASSWORD);
        wrong.get("/api/v1/me");
        wrong.get("/api/v1/me");
        assertThat(right.get("/api/v1/me").status()).isEqualTo(200);
        wrong.get("/api/v1/me");
        wrong.get("/api/v1/me");
        assertThat(right.get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        UserAccount user = accounts.create("disabled", "150102000000", Role.STAFF);
        administration.update(accounts.provinceAdmin(), user.id(), user.displayName(), user.roles(), user.regionCode(), false);
        assertThat(Api.basic(port, user.username(), AccountFixtures.PASSWORD).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void aTemporaryPasswordAllowsNothingButChangingIt() {
        UserAdministration admin = administration;
        String username = "temp-" + System.nanoTime();
        admin.create(accounts.provinceAdmin(), new NewUser(username, "临时", EnumSet.of(Role.STAFF), "150102"), "Temporary-Pass-1");
        Api api = Api.basic(port, username, "Temporary-Pass-1");
        assertThat(api.get("/api/v1/me").json().get("mustChangePassword").asBoolean()).isTrue();
        Api.Response refused = api.get("/api/v1/regions/150102");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("error").asString()).contains("修改初始密码");
    }

    @Test
    void aBearerTokenSignsInUntilItIsRevoked() {
        UserAccount user = accounts.create("token", "150102000000", Role.VIEWER);
        UserAccount admin = accounts.provinceAdmin();
        String token = tokens.issue(admin, user.id(), "数据交换", Duration.ofDays(30));
        assertThat(token).startsWith("zy_");
        Api api = Api.bearer(port, token);
        assertThat(api.get("/api/v1/me").json().get("username").asString()).isEqualTo(user.username());
        assertThat(api.get("/api/v1/regions/150102").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/regions/150203").status()).isEqualTo(404);

        long tokenId = tokens.listFor(admin, user.id()).get(0).id();
        tokens.revoke(admin, user.id(), tokenId);
        assertThat(api.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(Api.bearer(port, "zy_not-a-token").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void onlyTheTokensHashIsStored() {
        UserAccount user = accounts.create("hash", "150102000000", Role.VIEWER);
        String token = tokens.issue(accounts.provinceAdmin(), user.id(), "x", Duration.ofDays(1));
        long plain = jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = ?").param(token).query(Long.class).single();
        long hashed = jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = ?").param(ApiTokens.hash(token)).query(Long.class).single();
        assertThat(plain).isZero();
        assertThat(hashed).isEqualTo(1);
    }

    @Test
    void aTokenIsMarkedUsedOnItsFirstCallAndAgainOnlyAfterAMinute() {
        UserAccount user = accounts.create("used", "150102000000", Role.VIEWER);
        UserAccount admin = accounts.provinceAdmin();
        String token = tokens.issue(admin, user.id(), "脚本", Duration.ofDays(1));
        assertThat(tokens.listFor(admin, user.id()).get(0).lastUsedAt()).isNull();
        Api api = Api.bearer(port, token);

        assertThat(api.get("/api/v1/me").status()).isEqualTo(200);
        var first = tokens.listFor(admin, user.id()).get(0).lastUsedAt();
        assertThat(first).isNotNull();
        assertThat(api.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(tokens.listFor(admin, user.id()).get(0).lastUsedAt()).isEqualTo(first);

        jdbc.sql("UPDATE api_token SET last_used_at = last_used_at - interval '2 minutes' WHERE user_id = ?").param(user.id()).update();
        assertThat(api.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(tokens.listFor(admin, user.id()).get(0).lastUsedAt()).isAfter(first.minusSeconds(60));
    }
}
