package org.zhuye.account;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;

/** A user changing their own password, which also clears the "change at first sign-in" mark. */
@Service
class PasswordChange {

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;

    PasswordChange(UserRepository users, PasswordEncoder encoder, AuditTrail audit) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
    }

    @Transactional
    CurrentUser change(UserAccount account, String current, String password, String confirm) {
        var credentials = users.findCredentials(account.username()).orElseThrow();
        Map<String, String> errors = new LinkedHashMap<>();
        if (!encoder.matches(current, credentials.passwordHash())) {
            errors.put("current", "当前密码不正确");
        }
        PasswordPolicy.problem(password, account.username()).ifPresent(p -> errors.put("password", p));
        if (!errors.containsKey("password") && !password.equals(confirm)) {
            errors.put("confirm", "两次输入的新密码不一致");
        }
        if (errors.isEmpty() && encoder.matches(password, credentials.passwordHash())) {
            errors.put("password", "新密码不能与当前密码相同");
        }
        if (!errors.isEmpty()) {
            throw new AccountRuleException(errors);
        }
        users.setPassword(account.id(), encoder.encode(password), false);
        audit.record(AuditEntry.of(AuditAction.PASSWORD_CHANGED, "user", account.username(), account.regionCode()));
        return new CurrentUser(users.findCurrent(account.id()).orElseThrow(), false);
    }
}
