package org.zhuye.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads an account for form sign-in and HTTP Basic, locked if wrong passwords from this address locked it. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final LoginLockout lockout;

    AccountUserDetailsService(UserRepository users, LoginLockout lockout) {
        this.users = users;
        this.lockout = lockout;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findCredentials(username)
                .map(c -> new CurrentUser(c, lockout.locked(c.account().id(), LoginLockout.currentSource())))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
