package org.zhuye.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.account.UserRepository;
import org.zhuye.audit.AuditEvent;
import org.zhuye.audit.AuditLog;
import org.zhuye.audit.AuditQuery;
import org.zhuye.region.Jurisdiction;
import org.zhuye.testing.ZhuyeTest;

@ZhuyeTest
class EmployerAccountsTest {

    private static final Jurisdiction HONGSHAN = Jurisdiction.of("150402000000");

    @Autowired
    AccountFixtures accounts;
    @Autowired
    EmployerAccounts employerAccounts;
    @Autowired
    EmployerRegistry registry;
    @Autowired
    UserRepository users;
    @Autowired
    AuditLog auditLog;

    private long register(String name) {
        return registry.register(new EmployerInput(TestCreditCodes.next(), name, "PRIVATE_ENTERPRISE", null, null, null,
                "C", "150402001001", null, null), HONGSHAN);
    }

    private List<AuditEvent> trail(long employerId) {
        return auditLog.find(new AuditQuery(null, null, null, "employer", String.valueOf(employerId), null, 0), HONGSHAN);
    }

    @Test
    void aLinkedEmployerAccountResolvesToItsUnitAndTheLinkIsAudited() {
        long id = register("绑定测试公司");
        UserAccount account = accounts.create("ea-link", "150402001001", Role.EMPLOYER);
        assertThat(employerAccounts.unitOf(account)).isEmpty();

        employerAccounts.link(id, account.username(), HONGSHAN);

        assertThat(employerAccounts.unitOf(account)).map(Employer::id).contains(id);
        assertThat(employerAccounts.accountsOf(id, HONGSHAN)).singleElement()
                .satisfies(a -> assertThat(a.account().username()).isEqualTo(account.username()));
        assertThat(trail(id)).extracting(AuditEvent::action).contains("EMPLOYER_ACCOUNT_LINKED");

        employerAccounts.unlink(id, account.id(), HONGSHAN);
        assertThat(employerAccounts.unitOf(account)).isEmpty();
        assertThat(trail(id)).extracting(AuditEvent::action).contains("EMPLOYER_ACCOUNT_UNLINKED");
    }

    @Test
    void onlyEmployerAccountsInsideTheJurisdictionAndNotYetLinkedElsewhereCanBeLinked() {
        long first = register("第一家单位");
        long second = register("第二家单位");
        UserAccount staff = accounts.create("ea-staff", "150402000000", Role.STAFF);
        assertThatThrownBy(() -> employerAccounts.link(first, staff.username(), HONGSHAN))
                .isInstanceOfSatisfying(EmployerRuleException.class, e -> assertThat(e.fieldErrors().get("username")).contains("不是“用人单位”角色"));
        UserAccount mixed = accounts.create("ea-mixed", "150402000000", Role.EMPLOYER, Role.VIEWER);
        assertThatThrownBy(() -> employerAccounts.link(first, mixed.username(), HONGSHAN))
                .isInstanceOfSatisfying(EmployerRuleException.class, e -> assertThat(e.getMessage()).contains("工作人员角色"));
        UserAccount elsewhere = accounts.create("ea-far", "150403000000", Role.EMPLOYER);
        assertThatThrownBy(() -> employerAccounts.link(first, elsewhere.username(), HONGSHAN))
                .isInstanceOfSatisfying(EmployerRuleException.class, e -> assertThat(e.getMessage()).contains("管辖范围内没有"));

        UserAccount account = accounts.create("ea-once", "150402001001", Role.EMPLOYER);
        employerAccounts.link(first, account.username(), HONGSHAN);
        assertThatThrownBy(() -> employerAccounts.link(second, account.username(), HONGSHAN))
                .isInstanceOfSatisfying(EmployerRuleException.class, e -> assertThat(e.getMessage()).contains("已绑定其他单位"));
        assertThat(employerAccounts.unitOf(account)).map(Employer::id).contains(first);
    }

    @Test
    void anAdministratorCreatesAnEmployerAccountAtTheUnitsPlaceAndStaffCannot() {
        long id = register("新账号测试公司");
        UserAccount admin = accounts.create("ea-admin", "150402000000", Role.ADMIN);
        String username = "unit-" + System.nanoTime() % 1_000_000;
        String password = signedInAs(admin, () -> employerAccounts.createAndLink(admin, id, username, "单位经办人", HONGSHAN));

        UserAccount created = users.findCredentials(username).orElseThrow().account();
        assertThat(password).hasSize(16);
        assertThat(created.roles()).containsExactly(Role.EMPLOYER);
        assertThat(created.regionCode()).isEqualTo("150402001001");
        assertThat(created.mustChangePassword()).isTrue();
        assertThat(employerAccounts.unitOf(created)).map(Employer::id).contains(id);

        UserAccount staff = accounts.create("ea-nocreate", "150402000000", Role.STAFF);
        String refusedName = "unit-refused-" + System.nanoTime() % 1_000_000;
        assertThatThrownBy(() -> employerAccounts.createAndLink(staff, id, refusedName, "经办人", HONGSHAN))
                .isInstanceOfSatisfying(EmployerRuleException.class, e -> assertThat(e.fieldErrors()).containsKey("newAccount"));
        assertThat(users.findCredentials(refusedName)).isEmpty();
    }

    private static <T> T signedInAs(UserAccount user, java.util.function.Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user.username(), null, List.of()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
