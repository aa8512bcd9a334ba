package org.zhuye.account;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhuye.region.Jurisdiction;

/**
 * Finding the outside account staff are about to bind to a record (an employer's unit account, a person's own
 * account, an institution's account): by user name inside the caller's jurisdiction, holding the outside role
 * the record needs and no staff-side role (a staff account bound to one record would see both sides). Each
 * binding module keeps its own link table and audit; this is the part they share, with its Chinese messages.
 */
@Component
public class LinkableAccounts {

    private final UserRepository users;

    LinkableAccounts(UserRepository users) {
        this.users = users;
    }

    /**
     * The account to bind, or {@link AccountRuleException} keyed {@code username}.
     *
     * @param boundAs what the account becomes, for the messages (单位账号, 本人账号, 机构账号)
     */
    public UserAccount find(String username, Role role, String boundAs, Jurisdiction jurisdiction) {
        String name = username == null ? "" : username.strip();
        if (name.isEmpty()) {
            throw refused("请填写要绑定的账号用户名");
        }
        // The exact name first; then regardless of case, as people type names they were told.
        UserAccount account = users.findByUsername(name, jurisdiction)
                .or(() -> users.search(name, jurisdiction, 50, 0).stream()
                        .filter(u -> u.username().equalsIgnoreCase(name)).findFirst())
                .orElseThrow(() -> refused("您的管辖范围内没有用户名为“" + name + "”的账号"));
        if (!account.roles().contains(role)) {
            throw refused("账号“" + account.username() + "”不是“" + role.label() + "”角色，不能绑定为" + boundAs);
        }
        if (account.roles().stream().anyMatch(Role::staffSide)) {
            throw refused("账号“" + account.username() + "”同时具有工作人员角色，不能绑定为" + boundAs);
        }
        return account;
    }

    private static AccountRuleException refused(String message) {
        return new AccountRuleException(Map.of("username", message));
    }
}
