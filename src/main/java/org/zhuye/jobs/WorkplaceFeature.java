package org.zhuye.jobs;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a workplace offers; a person's needed accommodations are the same list, and every need
 * must be a feature of a job for it to match.
 */
public enum WorkplaceFeature {
    STEP_FREE("无障碍通道"),
    ACCESSIBLE_TOILET("无障碍卫生间"),
    ELEVATOR("电梯"),
    SIGN_LANGUAGE("手语/文字沟通"),
    SCREEN_READER("读屏可用的软件"),
    FLEXIBLE_HOURS("弹性工作时间"),
    ASSISTIVE_DEVICES("辅具提供"),
    TRANSPORT("通勤帮助"),
    QUIET_SPACE("安静工作区");

    private final String label;

    WorkplaceFeature(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<WorkplaceFeature> parse(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equals(name)).findFirst();
    }
}
