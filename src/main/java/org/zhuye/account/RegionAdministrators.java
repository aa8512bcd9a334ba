package org.zhuye.account;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;

/**
 * The administrator whose rights the demo data is recorded with (audited as {@code system}): the first one,
 * {@value InitialAdmin#USERNAME}, or else another enabled administrator of the whole region.
 */
@Component
public class RegionAdministrators {

    private final UserRepository users;

    RegionAdministrators(UserRepository users) {
        this.users = users;
    }

    public Optional<UserAccount> first(RegionCode region) {
        List<UserAccount> found = users.search(InitialAdmin.USERNAME, Jurisdiction.of(region.value()), 50, 0).stream()
                .filter(u -> u.enabled() && u.roles().contains(Role.ADMIN) && u.jurisdiction().contains(region))
                .toList();
        return found.stream().filter(u -> u.username().equals(InitialAdmin.USERNAME)).findFirst()
                .or(() -> found.stream().findFirst());
    }
}
