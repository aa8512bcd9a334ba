package org.zhuye.parameter;

import java.util.Arrays;
import java.util.Optional;

/** rules.md's evidence tags, stored as their codes: whether a parameter's value is confirmed. */
public enum Evidence {
    C("C", "已确认（有原始来源）", true),
    C_2ND("C-2nd", "已确认（转载来源）", true),
    I("I", "推断（未确认）", false),
    U("U", "未确认（假设值）", false);

    private final String code;
    private final String label;
    private final boolean confirmed;

    Evidence(String code, String label, boolean confirmed) {
        this.code = code;
        this.label = label;
        this.confirmed = confirmed;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public boolean confirmed() {
        return confirmed;
    }

    public static Optional<Evidence> ofCode(String code) {
        return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst();
    }
}
