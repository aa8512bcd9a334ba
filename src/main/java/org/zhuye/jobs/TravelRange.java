package org.zhuye.jobs;

import java.util.Arrays;
import java.util.Optional;

/**
 * How far a person can travel to work, by the region tree: the workplace must share the person's
 * region down to this level ({@link #prefixLength} digits of the 12-digit code), ANY passes all.
 */
public enum TravelRange {
    VILLAGE("本村（社区）", 12),
    TOWNSHIP("本苏木乡镇", 9),
    COUNTY("本旗县", 6),
    LEAGUE("本盟市", 4),
    ANY("不限", 0);

    private final String label;
    private final int prefixLength;

    TravelRange(String label, int prefixLength) {
        this.label = label;
        this.prefixLength = prefixLength;
    }

    public String label() {
        return label;
    }

    public int prefixLength() {
        return prefixLength;
    }

    /** Whether a workplace at {@code workplace} is in reach of a person living at {@code home}. */
    public boolean reaches(String home, String workplace) {
        return home.regionMatches(0, workplace, 0, prefixLength);
    }

    public static Optional<TravelRange> parse(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }
}
