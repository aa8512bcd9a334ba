package org.zhuye.region;

import java.util.Arrays;

/** The five levels of the tree, as the federation names them. */
public enum RegionLevel {
    PROVINCE(1, "自治区"),
    PREFECTURE(2, "盟市"),
    COUNTY(3, "旗县（市、区）"),
    TOWNSHIP(4, "苏木乡镇（街道）"),
    VILLAGE(5, "嘎查村（社区）");

    private final int number;
    private final String label;

    RegionLevel(int number, String label) {
        this.number = number;
        this.label = label;
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    public static RegionLevel of(int number) {
        return Arrays.stream(values()).filter(l -> l.number == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("层级必须是1到5：" + number));
    }
}
