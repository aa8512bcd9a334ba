package org.zhuye.account;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a user may do. Staff-side roles work on a jurisdiction; the outside roles (employer,
 * institution, person) see only their own unit or record, tied to it in later modules.
 */
public enum Role {
    ADMIN("系统管理员", true),
    STAFF("残联工作人员", true),
    GRASSROOTS("专职委员", true),
    VIEWER("领导查看", true),
    EMPLOYER("用人单位", false),
    INSTITUTION("服务机构", false),
    PERSON("残疾人本人或家属", false);

    private final String label;
    private final boolean staffSide;

    Role(String label, boolean staffSide) {
        this.label = label;
        this.staffSide = staffSide;
    }

    public String label() {
        return label;
    }

    public boolean staffSide() {
        return staffSide;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> parse(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }
}
