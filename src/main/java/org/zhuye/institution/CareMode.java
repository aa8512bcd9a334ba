package org.zhuye.institution;

import java.util.Arrays;
import java.util.Optional;

/** How a 托养机构 cares for a person ({@code institution_person.care_mode}). */
public enum CareMode {
    RESIDENTIAL("寄宿制托养"), DAY("日间照料"), HOME("居家托养");

    private final String label;

    CareMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By name or by label; empty for anything else. */
    public static Optional<CareMode> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(v -> v.name().equals(t) || v.label.equals(t)).findFirst();
    }
}
