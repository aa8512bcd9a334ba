package org.zhuye.person;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;

/** Who may do what with the registry, beyond the jurisdiction every read and write already takes. */
public final class PersonPermissions {

    private PersonPermissions() {
    }

    /** Staff and administrators write directly. */
    public static boolean mayEditDirectly(UserAccount user) {
        return user.roles().contains(Role.STAFF) || user.roles().contains(Role.ADMIN);
    }

    /** Grassroots members (专职委员) propose corrections that staff approve. */
    public static boolean editsNeedApproval(UserAccount user) {
        return !mayEditDirectly(user) && user.roles().contains(Role.GRASSROOTS);
    }

    /** Registering people and recording their status is data entry: staff and grassroots members. */
    public static boolean mayRecord(UserAccount user) {
        return mayEditDirectly(user) || user.roles().contains(Role.GRASSROOTS);
    }

    /**
     * Full certificate and phone numbers, one by one or in an export, are for those who work with
     * the persons (data entry, home visits), never for read-only leaders (VIEWER).
     */
    public static boolean mayReveal(UserAccount user) {
        return mayRecord(user);
    }

    public static void requireReveal(UserAccount user) {
        if (!mayReveal(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    public static boolean mayReview(UserAccount user) {
        return mayEditDirectly(user);
    }

    /** Pages answer 403 to a user who may not record; the API answers the same through its own checks. */
    public static void requireRecord(UserAccount user) {
        if (!mayRecord(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    public static void requireReviewer(UserAccount user) {
        if (!mayReview(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
