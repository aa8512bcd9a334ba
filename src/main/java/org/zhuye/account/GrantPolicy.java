package org.zhuye.account;

import java.util.Set;

import org.zhuye.region.Jurisdiction;

/**
 * Who may give whom what. An administrator acts only inside their own jurisdiction and can
 * never hand out more than they hold: no wider area, and no role they could not grant.
 */
public final class GrantPolicy {

    private GrantPolicy() {
    }

    public static boolean mayManage(UserAccount admin, Jurisdiction target) {
        return admin.roles().contains(Role.ADMIN) && admin.jurisdiction().contains(target);
    }

    /** Roles an administrator may grant: all of them, since ADMIN is the widest role. */
    public static boolean mayGrant(UserAccount admin, Set<Role> roles) {
        return admin.roles().contains(Role.ADMIN) && !roles.isEmpty();
    }

    /** An account may not take away its own administration, which could leave an area with no admin. */
    public static boolean mayChangeOwnRoles(UserAccount admin, UserAccount target, Set<Role> newRoles) {
        return admin.id() != target.id() || newRoles.contains(Role.ADMIN);
    }
}
