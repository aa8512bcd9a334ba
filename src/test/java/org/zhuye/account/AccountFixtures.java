package org.zhuye.account;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * Creates ready-to-use accounts through the real administration and password-change paths,
 * as the province administrator, with unique usernames so tests never collide.
 */
@Component
public class AccountFixtures {

    public static final String PASSWORD = "Fixture-Pass-2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final UserRepository users;
    private final UserAdministration administration;
    private final PasswordChange passwordChange;

    private final org.springframework.context.ApplicationContext context;

    AccountFixtures(UserRepository users, UserAdministration administration, PasswordChange passwordChange,
                    org.springframework.context.ApplicationContext context) {
        this.context = context;
        this.users = users;
        this.administration = administration;
        this.passwordChange = passwordChange;
    }

    /** Another bean of the running application, for fixtures in other packages. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Tells the application of a change a fixture wrote past its services, as they would have. */
    public void publish(Object event) {
        context.publishEvent(event);
    }

    public UserAccount provinceAdmin() {
        return users.findCredentials(InitialAdmin.USERNAME).orElseThrow().account();
    }

    /** A new account with {@link #PASSWORD}, already past the first-sign-in password change. */
    public UserAccount create(String prefix, String regionCode, Role first, Role... more) {
        return createBy(provinceAdmin(), prefix, regionCode, EnumSet.of(first, more));
    }

    public UserAccount createBy(UserAccount admin, String prefix, String regionCode, Set<Role> roles) {
        String username = prefix + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        String temporary = "Temporary-Pass-" + SEQUENCE.get();
        administration.create(admin, new NewUser(username, "测试 " + username, roles, regionCode), temporary);
        UserAccount created = users.findCredentials(username).orElseThrow().account();
        return passwordChange.change(created, temporary, PASSWORD, PASSWORD).account();
    }
}
