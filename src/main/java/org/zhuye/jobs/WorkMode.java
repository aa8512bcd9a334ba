package org.zhuye.jobs;

import java.util.Arrays;
import java.util.Optional;

/** How a job is done. Home-based and remote work pass any travel range. */
public enum WorkMode {
    ON_SITE("到岗工作"),
    HOME_BASED("居家就业"),
    REMOTE("远程工作"),
    PLATFORM("平台/新就业形态");

    private final String label;

    WorkMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the workplace's distance matters at all for this mode. */
    public boolean needsTravel() {
        return this == ON_SITE || this == PLATFORM;
    }

    public static Optional<WorkMode> parse(String name) {
        return Arrays.stream(values()).filter(m -> m.name().equals(name)).findFirst();
    }
}
