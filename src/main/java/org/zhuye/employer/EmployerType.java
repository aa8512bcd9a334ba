package org.zhuye.employer;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of employer the quota rules tell apart. The names are part of the API (the levy uses them). */
public enum EmployerType {
    AGENCY("机关"),
    PUBLIC_INSTITUTION("事业单位"),
    STATE_OWNED_ENTERPRISE("国有企业"),
    PRIVATE_ENTERPRISE("民营企业"),
    SOCIAL_ORGANIZATION("社会组织"),
    OTHER("其他");

    private final String label;

    EmployerType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Whether the ≤30-staff exemption can apply: 财政部公告2019年第98号 names 企业 only (rules.md §1.2,
     * test vector H).
     */
    public boolean enterprise() {
        return this == STATE_OWNED_ENTERPRISE || this == PRIVATE_ENTERPRISE;
    }

    /** 机关 and 事业单位 have an administrative level (and usually 编制); the others have none. */
    public boolean hasAdministrativeLevel() {
        return this == AGENCY || this == PUBLIC_INSTITUTION;
    }

    /** By name (API) or Chinese label (forms, files). */
    public static Optional<EmployerType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        return Arrays.stream(values()).filter(t -> t.name().equals(value) || t.label.equals(value)).findFirst();
    }
}
