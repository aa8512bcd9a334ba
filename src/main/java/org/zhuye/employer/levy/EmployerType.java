package org.zhuye.employer.levy;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kind of employer, as far as the levy cares: only enterprises (企业) get the small-employer
 * exemption, because 财政部公告2019年第98号 names 企业 only (rules.md §1.2, test vector H).
 */
public enum EmployerType {
    AGENCY("机关", false),
    PUBLIC_INSTITUTION("事业单位", false),
    STATE_OWNED_ENTERPRISE("国有企业", true),
    PRIVATE_ENTERPRISE("民营企业", true),
    SOCIAL_ORGANIZATION("社会组织", false),
    OTHER("其他", false);

    private final String label;
    private final boolean enterprise;

    EmployerType(String label, boolean enterprise) {
        this.label = label;
        this.enterprise = enterprise;
    }

    public String label() {
        return label;
    }

    /** Whether the ≤30-staff exemption can apply. */
    public boolean enterprise() {
        return enterprise;
    }

    public static Optional<EmployerType> parse(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
