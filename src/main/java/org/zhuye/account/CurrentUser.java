package org.zhuye.account;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.zhuye.region.Jurisdiction;

/**
 * The signed-in user as Spring Security holds it. The password hash is dropped after sign-in; the
 * security stamp it signed in with stays, so {@link SignedInAccounts} can tell when the account has
 * changed under a session.
 */
public final class CurrentUser implements UserDetails {

    private final UserAccount account;
    private final long securityStamp;
    private final boolean lockedFromHere;
    private String passwordHash;

    CurrentUser(UserRepository.Credentials credentials, boolean lockedFromHere) {
        this.account = credentials.account();
        this.passwordHash = credentials.passwordHash();
        this.securityStamp = credentials.securityStamp();
        this.lockedFromHere = lockedFromHere;
    }

    public UserAccount account() {
        return account;
    }

    long securityStamp() {
        return securityStamp;
    }

    public Jurisdiction jurisdiction() {
        return account.jurisdiction();
    }

    public boolean has(Role role) {
        return account.roles().contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new java.util.ArrayList<>();
        account.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        if (account.mustChangePassword()) {
            // Until the password is changed the account may do nothing but change it.
            return List.of(new SimpleGrantedAuthority("PASSWORD_CHANGE_REQUIRED"));
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !lockedFromHere;
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }

    void eraseCredentials() {
        passwordHash = null;
    }
}
