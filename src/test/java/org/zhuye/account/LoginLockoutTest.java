package org.zhuye.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.testing.Api;
import org.zhuye.testing.PageSession;
import org.zhuye.testing.ZhuyeTest;

/** Wrong passwords lock an account from the address they came from only, form and HTTP Basic alike. */
@ZhuyeTest
class LoginLockoutTest {

    /** Another loopback address: requests from it reach the server from a different source. */
    private static final String STRANGER = "127.0.0.2";

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    UserAdministration administration;

    @Autowired
    LoginLockout lockout;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStrangerCannotLockTheProvinceAdministratorOut() throws IOException {
        for (int i = 0; i < 3; i++) {
            assertThat(basicFrom(STRANGER, "admin", "Wrong-Password-1")).isEqualTo(401);
        }
        assertThat(basicFrom(STRANGER, "admin", ZhuyeTest.ADMIN_PASSWORD))
                .as("locked from the stranger's address, even with the right password").isEqualTo(401);
        assertThat(Api.basic(port, "admin", ZhuyeTest.ADMIN_PASSWORD).get("/api/v1/me").status())
                .as("the administrator's own address is not locked").isEqualTo(200);
        assertThat(PageSession.signIn(port, "admin", ZhuyeTest.ADMIN_PASSWORD).get("/").status()).isEqualTo(200);
        administration.unlock(accounts.provinceAdmin(), accounts.provinceAdmin().id());
        assertThat(basicFrom(STRANGER, "admin", ZhuyeTest.ADMIN_PASSWORD)).isEqualTo(200);
    }

    @Test
    void theFormAndHttpBasicCountTowardsTheSameLock() {
        UserAccount user = accounts.create("form-lock", "150102000000", Role.STAFF);
        Api wrong = Api.basic(port, user.username(), "Wrong-Password-1");
        wrong.get("/api/v1/me");
        wrong.get("/api/v1/me");
        assertThat(PageSession.anonymous(port).submitLogin(user.username(), "Wrong-Password-1").location())
                .endsWith("/login?error");
        assertThat(PageSession.anonymous(port).submitLogin(user.username(), AccountFixtures.PASSWORD).location())
                .as("the third failure, through the form, locked the account from here").endsWith("/login?error");
        assertThat(Api.basic(port, user.username(), AccountFixtures.PASSWORD).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void theLoginFormAnswersALockedAccountAsItAnswersAnUnknownName() {
        UserAccount user = accounts.create("same-answer", "150102000000", Role.STAFF);
        for (int i = 0; i < 3; i++) {
            Api.basic(port, user.username(), "Wrong-Password-1").get("/api/v1/me");
        }
        PageSession locked = PageSession.anonymous(port);
        PageSession.Page lockedAnswer = locked.submitLogin(user.username(), AccountFixtures.PASSWORD);
        PageSession unknown = PageSession.anonymous(port);
        PageSession.Page unknownAnswer = unknown.submitLogin("nobody-" + System.nanoTime(), AccountFixtures.PASSWORD);
        assertThat(lockedAnswer.location()).isEqualTo(unknownAnswer.location()).endsWith("/login?error");
        String lockedPage = message(locked.get("/login?error").body());
        assertThat(lockedPage).isEqualTo(message(unknown.get("/login?error").body())).contains("用户名或密码不正确");
    }

    @Test
    void aDisabledAccountGetsTheSameAnswerAsAnUnknownName() {
        UserAccount user = accounts.create("same-disabled", "150102000000", Role.STAFF);
        administration.update(accounts.provinceAdmin(), user.id(), user.displayName(), user.roles(), user.regionCode(), false);
        assertThat(PageSession.anonymous(port).submitLogin(user.username(), "Wrong-Password-1").location())
                .endsWith("/login?error");
    }

    @Test
    void eachFurtherLockFromTheSameAddressLastsTwiceAsLong() {
        UserAccount user = accounts.create("backoff", "150102000000", Role.STAFF);
        String source = "203.0.113.9";
        assertThat(lockAfterFailures(user, source)).isEqualTo(Duration.ofMinutes(15));
        assertThat(lockAfterFailures(user, source)).isEqualTo(Duration.ofMinutes(30));
        assertThat(lockAfterFailures(user, source)).isEqualTo(Duration.ofMinutes(60));
        assertThat(lockout.lockFor(20)).as("never beyond the longest").isEqualTo(Duration.ofHours(24));
        assertThat(lockout.locked(user.id(), "198.51.100.1")).isFalse();

        lockout.succeeded(user.id(), source);
        assertThat(lockAfterFailures(user, source)).as("a success forgets earlier locks").isEqualTo(Duration.ofMinutes(15));
    }

    /** Three failures from the address (the tests' maximum); the previous lock has run out first. */
    private Duration lockAfterFailures(UserAccount user, String source) {
        jdbc.sql("UPDATE login_failure SET locked_until = now() - interval '1 second' WHERE user_id = ? AND source = ?")
                .params(user.id(), source).update();
        assertThat(lockout.recordFailure(user.id(), source)).isEmpty();
        assertThat(lockout.recordFailure(user.id(), source)).isEmpty();
        Instant before = Instant.now();
        Duration lock = lockout.recordFailure(user.id(), source).orElseThrow();
        assertThat(lockout.locked(user.id(), source)).isTrue();
        Instant until = jdbc.sql("SELECT locked_until FROM login_failure WHERE user_id = ? AND source = ?")
                .params(user.id(), source).query(java.sql.Timestamp.class).single().toInstant();
        assertThat(Duration.between(before, until)).isBetween(lock.minusSeconds(5), lock.plusSeconds(5));
        return lock;
    }

    private static String message(String loginPage) {
        int start = loginPage.indexOf("id=\"login-error\"");
        return loginPage.substring(start, loginPage.indexOf("</p>", start));
    }

    /** An HTTP Basic request to /api/v1/me sent from {@code from}; returns the status code. */
    private int basicFrom(String from, String username, String password) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
            String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }
}
