package org.zhuye.person;

import java.util.Arrays;
import java.util.Optional;

/** 残疾类别, position 19 of the certificate number (《残疾人证管理办法》: 1 = 视力). */
public enum DisabilityCategory {
    VISION(1, "视力"),
    HEARING(2, "听力"),
    SPEECH(3, "言语"),
    PHYSICAL(4, "肢体"),
    INTELLECTUAL(5, "智力"),
    MENTAL(6, "精神"),
    MULTIPLE(7, "多重");

    private final int code;
    private final String label;

    DisabilityCategory(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<DisabilityCategory> of(int code) {
        return Arrays.stream(values()).filter(c -> c.code == code).findFirst();
    }
}
