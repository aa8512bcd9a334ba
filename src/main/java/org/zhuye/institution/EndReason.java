package org.zhuye.institution;

import java.util.Arrays;
import java.util.Optional;

/** Why a person's service at an institution ended ({@code institution_person.end_reason}). */
public enum EndReason {
    OPEN_WORK("转入一般性就业"), LEFT("本人退出"), TRANSFERRED("转介其他机构"), DIED("死亡"), OTHER("其他");

    private final String label;

    EndReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By name or by label; empty for anything else. */
    public static Optional<EndReason> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(v -> v.name().equals(t) || v.label.equals(t)).findFirst();
    }
}
