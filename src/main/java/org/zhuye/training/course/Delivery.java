package org.zhuye.training.course;

import java.util.Arrays;
import java.util.Optional;

/** How a course is taught; an address is needed wherever trainees come to a place (on site or mixed). */
public enum Delivery {
    ON_SITE("线下面授"),
    ONLINE("线上"),
    MIXED("线上线下结合");

    private final String label;

    Delivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean needsAddress() {
        return this != ONLINE;
    }

    static Optional<Delivery> parse(String name) {
        return Arrays.stream(values()).filter(d -> d.name().equals(name)).findFirst();
    }
}
