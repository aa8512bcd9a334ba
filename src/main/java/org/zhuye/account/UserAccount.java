package org.zhuye.account;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import org.zhuye.region.Jurisdiction;

/** A stored account, without its password hash. */
public record UserAccount(long id, String username, String displayName, Set<Role> roles, String regionCode,
                          boolean enabled, boolean mustChangePassword, int failedLogins, Instant lockedUntil,
                          Instant createdAt) {

    public Jurisdiction jurisdiction() {
        return Jurisdiction.of(regionCode);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public String roleLabels() {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining("、"));
    }
}
