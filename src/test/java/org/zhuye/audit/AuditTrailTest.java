package org.zhuye.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.account.UserAdministration;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.Api;
import org.zhuye.testing.ZhuyeTest;

@ZhuyeTest
class AuditTrailTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    UserAdministration administration;

    @Autowired
    AuditLog log;

    @Autowired
    JdbcClient jdbc;

    private static final Jurisdiction PROVINCE = Jurisdiction.of("15");

    private List<AuditEvent> eventsAbout(String username) {
        return log.find(new AuditQuery(null, null, null, "user", username, null, 0), PROVINCE);
    }

    @Test
    void aRoleChangeIsRecordedWithWhoAndBeforeAndAfter() {
        UserAccount user = accounts.create("audited", "150102000000", Role.VIEWER);
        administration.update(accounts.provinceAdmin(), user.id(), user.displayName(), EnumSet.of(Role.STAFF),
                user.regionCode(), true);
        AuditEvent change = eventsAbout(user.username()).stream()
                .filter(e -> e.action().equals("USER_UPDATED")).findFirst().orElseThrow();
        assertThat(change.beforeState()).contains("VIEWER").doesNotContain("displayName");
        assertThat(change.afterState()).contains("STAFF");
        assertThat(change.regionCode()).isEqualTo("150102000000");
        assertThat(eventsAbout(user.username())).extracting(AuditEvent::action)
                .contains("USER_CREATED", "PASSWORD_CHANGED", "USER_UPDATED");
    }

    @Test
    void failedAndLockingSignInsAreRecordedWithTheClientAddress() {
        UserAccount user = accounts.create("failing", "150102000000", Role.STAFF);
        Api wrong = Api.basic(port, user.username(), "Wrong-Password-1");
        for (int i = 0; i < 3; i++) {
            wrong.get("/api/v1/me");
        }
        List<AuditEvent> events = eventsAbout(user.username());
        assertThat(events).filteredOn(e -> e.action().equals("LOGIN_FAILED")).hasSize(3)
                .allSatisfy(e -> assertThat(e.clientIp()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1"));
        assertThat(events).extracting(AuditEvent::action).contains("ACCOUNT_LOCKED");
    }

    @Test
    void anAdminSeesOnlyTheEventsOfTheirJurisdiction() {
        UserAccount xincheng = accounts.create("xc-audit", "150102000000", Role.STAFF);
        UserAccount baotou = accounts.create("bt-audit", "150203000000", Role.STAFF);
        Jurisdiction hohhot = Jurisdiction.of("1501");
        List<AuditEvent> seen = log.find(new AuditQuery(null, null, null, "user", null, null, 0), hohhot);
        assertThat(seen).extracting(AuditEvent::objectId).contains(xincheng.username()).doesNotContain(baotou.username());
        assertThat(seen).allSatisfy(e -> assertThat(e.regionCode()).startsWith("1501"));
    }

    @Test
    void signInsUnderUnknownNamesAreSeenOnlyProvinceWide() {
        String ghost = "ghost-" + System.nanoTime();
        Api.basic(port, ghost, "Whatever-123").get("/api/v1/me");
        AuditQuery query = new AuditQuery(ghost, null, null, null, null, "LOGIN_FAILED", 0);
        assertThat(log.find(query, PROVINCE)).hasSize(1);
        assertThat(log.find(query, Jurisdiction.of("1501"))).isEmpty();
    }

    @Test
    void dateFiltersAreInclusiveLocalDays() {
        UserAccount user = accounts.create("dated", "150102000000", Role.STAFF);
        LocalDate today = LocalDate.now(Histories.zone());
        assertThat(log.find(new AuditQuery(null, today, today, "user", user.username(), null, 0), PROVINCE)).isNotEmpty();
        assertThat(log.find(new AuditQuery(null, today.plusDays(1), null, "user", user.username(), null, 0), PROVINCE)).isEmpty();
        assertThat(log.find(new AuditQuery(null, null, today.minusDays(1), "user", user.username(), null, 0), PROVINCE)).isEmpty();
    }

    @Test
    void theTrailCannotBeEditedOrDeleted() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor = 'someone-else'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update())
                .hasMessageContaining("append-only");
    }
}
