package org.zhuye.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The four services of the 四个一 (措施九): each working-age person not in work is to have each of
 * them at least once a year. The codes are fixed because coverage counts them; their labels are a
 * maintained code list ({@code casework_code}, list {@code service_kind}).
 */
public enum ServiceKind {
    VERIFICATION(1, "verification_outcome"),
    ASSESSMENT(2, "assessment_outcome"),
    DEMAND(4, "demand_outcome"),
    SERVICE(8, "service_outcome");

    /** A mask with every kind: the person has had all four. */
    public static final int ALL = 15;

    private final int bit;
    private final String outcomeList;

    ServiceKind(int bit, String outcomeList) {
        this.bit = bit;
        this.outcomeList = outcomeList;
    }

    public int bit() {
        return bit;
    }

    /** The code list of this kind's outcomes. */
    public String outcomeList() {
        return outcomeList;
    }

    public boolean in(int mask) {
        return (mask & bit) != 0;
    }

    public static Optional<ServiceKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (ServiceKind kind : values()) {
            if (kind.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The kinds a mask lacks, in order. */
    public static List<ServiceKind> lacking(int mask) {
        List<ServiceKind> missing = new ArrayList<>();
        for (ServiceKind kind : values()) {
            if (!kind.in(mask)) {
                missing.add(kind);
            }
        }
        return missing;
    }
}
