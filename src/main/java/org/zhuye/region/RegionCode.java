package org.zhuye.region;

import java.util.Optional;

/**
 * A 12-digit statistical division code (统计用区划代码). Its significant prefix names the region and
 * all its ancestors: 15 → 1501 → 150102 → 150102001 → 150102001001.
 *
 * <p>A code may be written in full ({@code 150100000000}) or as its significant prefix
 * ({@code 1501}); both parse to the same value.
 */
public record RegionCode(String value) implements Comparable<RegionCode> {

    /** Digits that end each level's segment: province 2, prefecture 4, county 6, township 9, village 12. */
    private static final int[] SEGMENT_ENDS = {2, 4, 6, 9, 12};

    public RegionCode {
        if (value == null || value.length() != 12 || !digits(value) || value.startsWith("00")) {
            throw new IllegalArgumentException("区划代码必须是12位数字：" + value);
        }
    }

    /** Parses a full code or a significant prefix of 2, 4, 6, 9 or 12 digits. */
    public static Optional<RegionCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.strip();
        if (!digits(digits) || !isSegmentEnd(digits.length()) || digits.startsWith("00")) {
            return Optional.empty();
        }
        return Optional.of(new RegionCode(digits + "0".repeat(12 - digits.length())));
    }

    public static RegionCode of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("不是有效的区划代码：" + text));
    }

    /** The level the code itself implies: the number of segments before the trailing zero segments. */
    public int level() {
        // Character by character, not by regular expression or stream: jurisdiction checks ask this of every
        // record a page or statistic shows.
        for (int i = SEGMENT_ENDS.length - 1; i > 0; i--) {
            for (int c = SEGMENT_ENDS[i - 1]; c < SEGMENT_ENDS[i]; c++) {
                if (value.charAt(c) != '0') {
                    return i + 1;
                }
            }
        }
        return 1;
    }

    /** Whether {@code text} is one or more of the digits 0–9. */
    private static boolean digits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The shortest prefix that identifies the region, e.g. {@code 1501} for 呼和浩特市. */
    public String significantPrefix() {
        return value.substring(0, SEGMENT_ENDS[level() - 1]);
    }

    /** The code of the enclosing region one level up, or empty for a province. */
    public Optional<RegionCode> parent() {
        int level = level();
        if (level == 1) {
            return Optional.empty();
        }
        return parse(value.substring(0, SEGMENT_ENDS[level - 2]));
    }

    /** Digits of a direct child's significant prefix: 盟市 4, 旗县 6, 苏木乡镇 9, 嘎查村 12; 0 for a village, which has none. */
    public int childPrefixLength() {
        int level = level();
        return level < SEGMENT_ENDS.length ? SEGMENT_ENDS[level] : 0;
    }

    /**
     * The 12-digit code of this region's direct child that holds {@code descendant} (a code under this one),
     * e.g. 150102000000 for 150102003001 under 呼和浩特市; null for a village, which has no children.
     */
    public String childHolding(String descendant) {
        int length = childPrefixLength();
        if (length == 0) {
            return null;
        }
        return descendant.substring(0, length) + "000000000000".substring(length);
    }

    public boolean isWithin(RegionCode ancestor) {
        return value.startsWith(ancestor.significantPrefix());
    }

    @Override
    public int compareTo(RegionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    private static boolean isSegmentEnd(int length) {
        for (int end : SEGMENT_ENDS) {
            if (end == length) {
                return true;
            }
        }
        return false;
    }
}
