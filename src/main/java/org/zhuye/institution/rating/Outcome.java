package org.zhuye.institution.rating;

import java.util.Arrays;
import java.util.Optional;

/** The computed parts of a rating, named in the scheme's {@code outcomes} field by their Chinese label. */
public enum Outcome {
    SERVED("服务人数"),
    PLACED("转入就业"),
    RETAINED("稳定就业"),
    TRAINING("培训完成");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Optional<Outcome> ofLabel(String label) {
        return Arrays.stream(values()).filter(o -> o.label.equals(label)).findFirst();
    }
}
