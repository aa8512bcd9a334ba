package org.zhuye.institution;

import java.util.Arrays;
import java.util.Optional;

/**
 * The accessibility an institution offers (GB 50763-2012 无障碍设计规范 names the physical parts; sign
 * language and accessible information are the 2022 plan's service asks). Stored by name in
 * {@code institution.accessibility}.
 */
public enum Accessibility {
    ENTRANCE("无障碍出入口"),
    TOILET("无障碍卫生间"),
    LIFT_OR_RAMP("电梯或坡道"),
    TACTILE_PATH("盲道"),
    SIGN_LANGUAGE("手语服务"),
    INFORMATION("信息无障碍"),
    PARKING("无障碍停车位"),
    ALARM("无障碍求助报警");

    private final String label;

    Accessibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Accessibility> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values()).filter(a -> a.name().equals(t) || a.label.equals(t)).findFirst();
    }
}
