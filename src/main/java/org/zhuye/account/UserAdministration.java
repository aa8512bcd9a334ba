package org.zhuye.account;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/**
 * Creating and changing accounts. Every rule of {@link GrantPolicy} is applied here, whatever
 * page or API the request came through, and every change lands in the audit trail.
 */
@Service
public class UserAdministration {

    private final UserRepository users;
    private final LoginLockout lockout;
    private final RegionRepository regions;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;

    UserAdministration(UserRepository users, LoginLockout lockout, RegionRepository regions, PasswordEncoder encoder,
                       AuditTrail audit) {
        this.users = users;
        this.lockout = lockout;
        this.regions = regions;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** Creates an account with a temporary password that must be changed at first sign-in. */
    @Transactional
    public long create(UserAccount admin, NewUser user, String temporaryPassword) {
        Errors errors = new Errors();
        if (!user.username().matches("[A-Za-z0-9_.@-]{3,64}")) {
            errors.add("username", "用户名须为3至64位字母、数字或 _ . @ -");
        } else if (users.usernameTaken(user.username())) {
            errors.add("username", "用户名已被使用");
        }
        checkDisplayName(user.displayName(), errors);
        checkGrant(admin, user.roles(), user.regionCode(), errors);
        PasswordPolicy.problem(temporaryPassword, user.username()).ifPresent(p -> errors.add("password", p));
        errors.throwIfAny();

        NewUser normalised = new NewUser(user.username(), user.displayName().strip(), user.roles(),
                RegionCode.of(user.regionCode()).value());
        long id = users.insert(normalised, encoder.encode(temporaryPassword), true);
        audit.record(AuditEntry.of(AuditAction.USER_CREATED, "user", normalised.username(), normalised.regionCode())
                .withChange(null, describe(normalised.displayName(), normalised.roles(), normalised.regionCode(), true)));
        return id;
    }

    @Transactional
    public void update(UserAccount admin, long id, String displayName, Set<Role> roles, String regionCode, boolean enabled) {
        UserAccount target = managed(admin, id);
        Errors errors = new Errors();
        checkDisplayName(displayName, errors);
        checkGrant(admin, roles, regionCode, errors);
        if (!GrantPolicy.mayChangeOwnRoles(admin, target, roles)) {
            errors.add("roles", "不能取消自己的系统管理员角色");
        }
        if (admin.id() == target.id() && !enabled) {
            errors.add("enabled", "不能停用自己的账号");
        }
        errors.throwIfAny();

        String normalisedRegion = RegionCode.of(regionCode).value();
        users.update(id, displayName.strip(), roles, normalisedRegion, enabled);
        Map<String, Object> before = describe(target.displayName(), target.roles(), target.regionCode(), target.enabled());
        Map<String, Object> after = describe(displayName.strip(), roles, normalisedRegion, enabled);
        before.entrySet().removeIf(e -> e.getValue().equals(after.get(e.getKey())));
        after.keySet().retainAll(before.keySet());
        if (!after.isEmpty()) {
            audit.record(AuditEntry.of(AuditAction.USER_UPDATED, "user", target.username(), normalisedRegion)
                    .withChange(before, after));
        }
    }

    @Transactional
    public void resetPassword(UserAccount admin, long id, String temporaryPassword) {
        UserAccount target = managed(admin, id);
        PasswordPolicy.problem(temporaryPassword, target.username()).ifPresent(p -> {
            throw new AccountRuleException(Map.of("password", p));
        });
        users.setPassword(id, encoder.encode(temporaryPassword), true);
        // The administrator has handed the user a new password; old locks would only keep them out.
        lockout.unlock(id);
        audit.record(AuditEntry.of(AuditAction.PASSWORD_RESET, "user", target.username(), target.regionCode()));
    }

    @Transactional
    public void unlock(UserAccount admin, long id) {
        UserAccount target = managed(admin, id);
        lockout.unlock(id);
        audit.record(AuditEntry.of(AuditAction.USER_UNLOCKED, "user", target.username(), target.regionCode()));
    }

    /** The target account if the administrator may manage it; otherwise it does not exist for them. */
    UserAccount managed(UserAccount admin, long id) {
        return users.find(id, admin.jurisdiction())
                .filter(u -> GrantPolicy.mayManage(admin, u.jurisdiction()))
                .orElseThrow(() -> new AccountNotFoundException(id));
    }

    private void checkGrant(UserAccount admin, Set<Role> roles, String regionCode, Errors errors) {
        if (roles == null || roles.isEmpty()) {
            errors.add("roles", "至少选择一个角色");
        } else if (!GrantPolicy.mayGrant(admin, roles)) {
            errors.add("roles", "您无权授予这些角色");
        }
        var code = RegionCode.parse(regionCode);
        if (code.isEmpty()) {
            errors.add("regionCode", "管辖区划代码须为12位数字（或其有效前缀）");
        } else if (!GrantPolicy.mayManage(admin, new Jurisdiction(code.get()))) {
            errors.add("regionCode", "管辖范围不能超出您自己的管辖范围（" + admin.regionCode() + "）");
        } else if (!regions.exists(code.get())) {
            errors.add("regionCode", "系统中没有这个区划");
        }
    }

    private static void checkDisplayName(String displayName, Errors errors) {
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 50) {
            errors.add("displayName", "姓名不能为空，且不超过50个字");
        }
    }

    private static Map<String, Object> describe(String displayName, Set<Role> roles, String regionCode, boolean enabled) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("displayName", displayName);
        state.put("roles", roles.stream().sorted().map(Role::name).toList());
        state.put("regionCode", regionCode);
        state.put("enabled", enabled);
        return state;
    }

    /** Collects field problems so the form can show all of them at once. */
    private static final class Errors {
        private final Map<String, String> byField = new LinkedHashMap<>();

        void add(String field, String message) {
            byField.putIfAbsent(field, message);
        }

        void throwIfAny() {
            if (!byField.isEmpty()) {
                throw new AccountRuleException(byField);
            }
        }
    }
}
