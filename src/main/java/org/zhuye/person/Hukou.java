package org.zhuye.person;

import java.util.Arrays;
import java.util.Optional;

/** 户籍类别. */
public enum Hukou {
    URBAN("城镇"),
    RURAL("农村");

    private final String label;

    Hukou(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Hukou> parse(String text) {
        return Arrays.stream(values()).filter(h -> h.name().equals(text) || h.label.equals(text)).findFirst();
    }
}
