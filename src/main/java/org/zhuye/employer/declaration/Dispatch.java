package org.zhuye.employer.declaration;

import java.util.Arrays;
import java.util.Optional;

/**
 * 劳务派遣: since 财政部公告2019年第98号 the agency and the host agree which of them counts a
 * dispatched worker; only that one may (rules.md §1.2). The names are part of the API.
 */
public enum Dispatch {
    NONE("非劳务派遣"),
    COUNTED_HERE("劳务派遣，约定由本单位计入"),
    COUNTED_BY_OTHER("劳务派遣，约定由对方单位计入");

    private final String label;

    Dispatch(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Dispatch> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(NONE);
        }
        String value = text.strip();
        return Arrays.stream(values()).filter(d -> d.name().equals(value) || d.label.equals(value)).findFirst();
    }
}
