package org.zhuye.employer.declaration;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a declaration is in its review: draft → submitted → (returned → submitted again) →
 * confirmed, which locks it. The names are part of the API.
 */
public enum DeclarationStatus {
    DRAFT("草稿"),
    SUBMITTED("已提交，待审核"),
    RETURNED("已退回，待修改"),
    CONFIRMED("已确认");

    private final String label;

    DeclarationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The unit (or staff on its behalf) may still change it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public static Optional<DeclarationStatus> parse(String text) {
        return text == null ? Optional.empty()
                : Arrays.stream(values()).filter(s -> s.name().equals(text.strip())).findFirst();
    }
}
