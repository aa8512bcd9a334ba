package org.zhuye.account;

import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.zhuye.audit.FieldVocabulary;
import org.zhuye.audit.Reference;
import org.zhuye.region.Jurisdiction;

/**
 * Users in histories: by their display name (the username in brackets, since that is what they sign in
 * with), linked to the user page for administrators, who alone may open it. Roles read as labels.
 */
@Component
class UserVocabulary extends FieldVocabulary {

    private static final Map<String, String> LABELS = Map.of(
            "displayName", "姓名",
            "roles", "角色",
            "regionCode", "管辖区域",
            "enabled", "启用",
            "tokenId", "接口令牌编号",
            "name", "令牌名称",
            "days", "有效天数");

    private final UserRepository users;

    UserVocabulary(UserRepository users) {
        super("user", "用户", LABELS);
        this.users = users;
    }




    @Override
    public Optional<String> valueLabel(String field, String value) {
        return "roles".equals(field) ? Role.parse(value).map(Role::label) : Optional.empty();
    }

    @Override
    public Optional<Reference> subject(String username, Jurisdiction jurisdiction) {
        return users.findByUsername(username, jurisdiction).map(user -> new Reference(
                user.displayName() + "（" + user.username() + "）",
                readerIsAdministrator() ? "/admin/users/" + user.id() : null));
    }

    private static boolean readerIsAdministrator() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
    }
}
