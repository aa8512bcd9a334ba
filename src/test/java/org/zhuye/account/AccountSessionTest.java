package org.zhuye.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhuye.testing.Api;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;

/**
 * A signed-in page session and a bearer token act with the account as it is now: an
 * administrator's change of roles, jurisdiction, enabled state or password, or a lock, takes
 * effect on the very next request.
 */
@ZhuyeTest
class AccountSessionTest {

    /** A page of 包头市 outside 昆都仑区 (150203), and the registry export staff may take and viewers may not. */
    private static final String BAOTOU_PAGE = "/regions/150202";
    private static final String EXPORT = "/persons/export.csv";

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    UserAdministration administration;

    @Autowired
    ApiTokens tokens;

    private UserAccount baotouStaff() {
        return accounts.create("session", "150200000000", Role.STAFF);
    }

    private PageSession signedIn(UserAccount user) {
        PageSession session = PageSession.signIn(port, user.username(), AccountFixtures.PASSWORD);
        assertThat(session.get(BAOTOU_PAGE).status()).isEqualTo(200);
        assertThat(session.get(EXPORT).status()).isEqualTo(200);
        return session;
    }

    private static void assertEnded(PageSession session) {
        for (String path : new String[] {EXPORT, BAOTOU_PAGE, "/"}) {
            PageSession.Page page = session.get(path);
            assertThat(page.status()).as(path).isEqualTo(302);
            assertThat(page.location()).as(path).contains("/login");
        }
    }

    @Test
    void narrowingTheRoleEndsTheOpenSession() {
        UserAccount user = baotouStaff();
        PageSession session = signedIn(user);
        administration.update(accounts.provinceAdmin(), user.id(), user.displayName(), EnumSet.of(Role.VIEWER),
                user.regionCode(), true);
        PageSession.Page export = session.get(EXPORT);
        assertThat(export.status()).isEqualTo(302);
        assertThat(export.location()).endsWith("/login?expired");
        assertThat(session.get("/login?expired").body()).contains("您的账号信息（角色、管辖范围、状态或密码）已变更，请重新登录。");
        assertEnded(session);
    }

    @Test
    void anHtmxRequestOfAnEndedSessionIsSentToSignInRatherThanSwappingTheLoginPageIn() {
        UserAccount user = baotouStaff();
        PageSession session = signedIn(user);
        administration.update(accounts.provinceAdmin(), user.id(), user.displayName(), user.roles(), "150203", true);
        PageSession.Page fragment = session.htmxGet(BAOTOU_PAGE);
        assertThat(fragment.status()).isEqualTo(401);
        assertThat(fragment.header("HX-Redirect")).endsWith("/login?expired");
    }

    @Test
    void narrowingTheJurisdictionEndsTheOpenSession() {
        UserAccount user = baotouStaff();
        PageSession session = signedIn(user);
        administration.update(accounts.provinceAdmin(), user.id(), user.displayName(), user.roles(), "150203", true);
        assertEnded(session);
        PageSession again = PageSession.signIn(port, user.username(), AccountFixtures.PASSWORD);
        assertThat(again.get(BAOTOU_PAGE).status()).as("signed in again, the narrower area applies").isEqualTo(404);
    }

    @Test
    void disablingTheAccountEndsTheOpenSession() {
        UserAccount user = baotouStaff();
        PageSession session = signedIn(user);
        administration.update(accounts.provinceAdmin(), user.id(), user.displayName(), user.roles(),
                user.regionCode(), false);
        assertEnded(session);
    }

    @Test
    void resettingThePasswordEndsTheOpenSession() {
        UserAccount user = baotouStaff();
        PageSession session = signedIn(user);
        administration.resetPassword(accounts.provinceAdmin(), user.id(), "Another-Temporary-9");
        assertEnded(session);
    }

    @Test
    void lockingTheAccountEndsTheOpenSessionFromThatAddress() {
        UserAccount user = baotouStaff();
        PageSession session = signedIn(user);
        Api wrong = Api.basic(port, user.username(), "Wrong-Password-1");
        for (int i = 0; i < 3; i++) {
            assertThat(wrong.get("/api/v1/me").status()).isEqualTo(401);
        }
        assertEnded(session);

        administration.unlock(accounts.provinceAdmin(), user.id());
        assertThat(signedIn(user).get("/").status()).as("unlocked, the user signs in again").isEqualTo(200);
    }

    @Test
    void aChangeThatGrantsNothingKeepsTheSessionAndShowsTheNewName() {
        UserAccount user = baotouStaff();
        PageSession session = signedIn(user);
        administration.update(accounts.provinceAdmin(), user.id(), "改名后的干部", user.roles(), user.regionCode(), true);
        PageSession.Page home = session.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("改名后的干部");
    }

    @Test
    void changingOnesOwnPasswordKeepsThatSessionButEndsTheOthers() {
        UserAccount user = baotouStaff();
        PageSession here = signedIn(user);
        PageSession elsewhere = signedIn(user);
        here.get("/account/password");
        PageSession.Page changed = here.post("/account/password", java.util.Map.of("current", AccountFixtures.PASSWORD,
                "password", "Brand-New-Pass-2027", "confirm", "Brand-New-Pass-2027"));
        assertThat(changed.status()).isEqualTo(302);
        assertThat(changed.location()).doesNotContain("/login");
        assertThat(here.get(BAOTOU_PAGE).status()).isEqualTo(200);
        assertEnded(elsewhere);
    }

    @Test
    void aDisabledAccountsBearerTokenStopsWorking() {
        UserAccount user = baotouStaff();
        String token = tokens.issue(accounts.provinceAdmin(), user.id(), "交换", Duration.ofDays(1));
        assertThat(Api.bearer(port, token).get("/api/v1/me").status()).isEqualTo(200);
        administration.update(accounts.provinceAdmin(), user.id(), user.displayName(), user.roles(),
                user.regionCode(), false);
        assertThat(Api.bearer(port, token).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void aLockedAccountsBearerTokenStopsWorking() {
        UserAccount user = baotouStaff();
        String token = tokens.issue(accounts.provinceAdmin(), user.id(), "交换", Duration.ofDays(1));
        assertThat(Api.bearer(port, token).get("/api/v1/me").status()).isEqualTo(200);
        Api wrong = Api.basic(port, user.username(), "Wrong-Password-1");
        for (int i = 0; i < 3; i++) {
            wrong.get("/api/v1/me");
        }
        assertThat(Api.bearer(port, token).get("/api/v1/me").status()).isEqualTo(401);
        administration.unlock(accounts.provinceAdmin(), user.id());
        assertThat(Api.bearer(port, token).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndEveryAnswerLimitsReferrerAndBrowserFeatures() {
        PageSession.Page login = PageSession.anonymous(port).get("/login");
        assertThat(login.header("Set-Cookie")).contains("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .as("served over plain HTTP here, so not Secure").doesNotContain("Secure");
        UserAccount user = baotouStaff();
        PageSession.Page api = PageSession.anonymous(port).get("/api/v1/me");
        assertThat(api.status()).isEqualTo(401);
        for (PageSession.Page page : new PageSession.Page[] {login, signedIn(user).get("/"), api}) {
            assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(page.header("Permissions-Policy")).contains("camera=()").contains("geolocation=()");
        }
    }
}
