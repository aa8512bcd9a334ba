package org.zhuye.casework.assessment;

/**
 * The level of vocational ability (scale ZY-2026), from the five function items: their total T
 * (0–20) and their weakest item M (0–4). 一级 is the strongest.
 * <ul>
 *   <li>一级 能够竞争性就业: T ≥ 16 and M ≥ 3</li>
 *   <li>二级 在一定支持下能够就业: T ≥ 12 and M ≥ 2</li>
 *   <li>三级 需辅助性或庇护性就业: T ≥ 7 and M ≥ 1</li>
 *   <li>四级 暂不具备就业能力: otherwise</li>
 * </ul>
 * The weakest item matters because one item scored 0 (e.g. unable to communicate at all) is not
 * made up by strength elsewhere. Not a national instrument (none was found, rules.md §4.5): a
 * revised scale is a new {@code scale} value, so earlier assessments keep their meaning.
 */
public enum AbilityLevel {
    ONE(1, "一级", "能够竞争性就业", 16, 3),
    TWO(2, "二级", "在一定支持下能够就业", 12, 2),
    THREE(3, "三级", "需辅助性或庇护性就业", 7, 1),
    FOUR(4, "四级", "暂不具备就业能力", 0, 0);

    public static final String SCALE = "ZY-2026";

    private final int number;
    private final String label;
    private final String meaning;
    private final int minTotal;
    private final int minItem;

    AbilityLevel(int number, String label, String meaning, int minTotal, int minItem) {
        this.number = number;
        this.label = label;
        this.meaning = meaning;
        this.minTotal = minTotal;
        this.minItem = minItem;
    }

    public static AbilityLevel of(AbilityScores scores) {
        for (AbilityLevel level : values()) {
            if (scores.functionTotal() >= level.minTotal && scores.functionMinimum() >= level.minItem) {
                return level;
            }
        }
        return FOUR;
    }

    public static AbilityLevel ofNumber(int number) {
        return values()[number - 1];
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    public int minTotal() {
        return minTotal;
    }

    public int minItem() {
        return minItem;
    }
}
