package org.zhuye.account;

import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The account as it is now, for a request that signed in earlier (a page session), signs in
 * with a bearer token, or with HTTP Basic credentials verified a moment ago ({@link BasicCredentialCache}). Both see the account's current roles and jurisdiction, never a copy taken at
 * sign-in: a session ends when the account's security stamp has moved on (V16 bumps it on every
 * change of roles, jurisdiction, enabled state or password), and neither works for a disabled
 * account or one locked from the request's address.
 */
@Service
class SignedInAccounts {

    private final UserRepository users;

    SignedInAccounts(UserRepository users) {
        this.users = users;
    }

    /** The session's user re-read, or empty when the session must end. */
    Optional<CurrentUser> forSession(CurrentUser signedIn, String source) {
        return current(signedIn.account().id(), source)
                .filter(now -> now.securityStamp() == signedIn.securityStamp());
    }

    /** The owner of HTTP Basic credentials verified earlier, or empty when the account changed since. */
    Optional<CurrentUser> forCredentials(long userId, long securityStamp, String source) {
        return current(userId, source).filter(now -> now.securityStamp() == securityStamp);
    }

    /** A bearer token's owner, or empty when the token must not work now. */
    Optional<CurrentUser> forToken(long userId, String source) {
        return current(userId, source);
    }

    private Optional<CurrentUser> current(long userId, String source) {
        return users.findUsable(userId, source).map(c -> new CurrentUser(c, false));
    }
}
