package org.zhuye.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;

/**
 * Counts failed sign-ins towards a lockout and records sign-ins in the audit trail. Successful
 * HTTP Basic requests are not recorded one by one (an API client signs in with every request);
 * failures always are, since they are what an attack looks like.
 */
@Component
class LoginEvents {

    private final UserRepository users;
    private final AuditTrail audit;
    private final LoginLockout lockout;
    private final LockoutSettings settings;

    LoginEvents(UserRepository users, AuditTrail audit, LoginLockout lockout, LockoutSettings settings) {
        this.users = users;
        this.audit = audit;
        this.lockout = lockout;
        this.settings = settings;
    }

    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
            lockout.succeeded(user.account().id(), LoginLockout.currentSource());
            user.eraseCredentials();
        }
    }

    @EventListener
    @Transactional
    void onInteractiveSuccess(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
            audit.record(AuditEntry.of(AuditAction.LOGIN_SUCCEEDED, "user", user.getUsername(),
                    user.account().regionCode()));
        }
    }

    @EventListener
    @Transactional
    void onLogout(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
            audit.recordAs(user.getUsername(), AuditEntry.of(AuditAction.LOGOUT, "user", user.getUsername(),
                    user.account().regionCode()));
        }
    }

    @EventListener
    @Transactional
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        var credentials = users.findCredentials(username);
        String region = credentials.map(c -> c.account().regionCode()).orElse(null);
        String reason = event.getException().getClass().getSimpleName();
        audit.recordAs(username, AuditEntry.of(AuditAction.LOGIN_FAILED, "user", username, region).withDetail(reason));
        if (event instanceof AuthenticationFailureBadCredentialsEvent && credentials.isPresent()) {
            String source = LoginLockout.currentSource();
            lockout.recordFailure(credentials.get().account().id(), source).ifPresent(lock ->
                    audit.recordAs(username, AuditEntry.of(AuditAction.ACCOUNT_LOCKED, "user", username, region)
                            .withDetail("自 " + source + " 连续" + settings.maxFailures() + "次密码错误，从该地址锁定"
                                    + lock.toMinutes() + "分钟")));
        }
    }
}
