package org.zhuye.employer;

import java.util.Arrays;
import java.util.Optional;

/** The level of a 机关 or 事业单位 in Inner Mongolia's hierarchy (rules.md §2 names 自治区级 and 盟市级 机关). */
public enum AdministrativeLevel {
    AUTONOMOUS_REGION("自治区级"),
    LEAGUE_CITY("盟市级"),
    BANNER_COUNTY("旗县级"),
    TOWNSHIP("乡镇级");

    private final String label;

    AdministrativeLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<AdministrativeLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        return Arrays.stream(values()).filter(l -> l.name().equals(value) || l.label.equals(value)).findFirst();
    }
}
