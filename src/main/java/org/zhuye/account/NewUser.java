package org.zhuye.account;

import java.util.Set;

/** An account to be created, as an administrator filled it in. */
public record NewUser(String username, String displayName, Set<Role> roles, String regionCode) {
}
