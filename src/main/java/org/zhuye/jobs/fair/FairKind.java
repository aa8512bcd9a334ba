package org.zhuye.jobs.fair;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of 专场招聘会 the federation holds; 国有企业专场 is counted per league and year (plan 二). */
public enum FairKind {
    STATE_OWNED("国有企业专场"),
    PUBLIC_SECTOR("机关事业单位"),
    PRIVATE_PLATFORM("民营/平台企业"),
    GRADUATES("高校毕业生"),
    GENERAL("综合");

    private final String label;

    FairKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<FairKind> parse(String name) {
        return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
    }
}
