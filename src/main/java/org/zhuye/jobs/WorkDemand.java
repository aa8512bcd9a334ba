package org.zhuye.jobs;

import java.util.List;

/**
 * The six things a job may ask of the body, each 0 = 不限 or 1..3 ascending. A job's demand and a
 * person's capability use the same scale: a job matches only if every demand ≤ the capability.
 * The order is the order of the {@code demands} and {@code capabilities} arrays in the database.
 */
public enum WorkDemand {
    EYESIGHT("eyesight", "视力", List.of("不限", "能看大字", "能看一般字", "能看小字")),
    BOTH_HANDS("bothHands", "双手", List.of("不限", "单手", "双手辅助", "双手")),
    HAND_WORK("handWork", "手部操作", List.of("不限", "粗略操作", "一般操作", "精细操作")),
    LIFTING("lifting", "搬举", List.of("不限", "5公斤以下", "5–20公斤", "20公斤以上")),
    STANDING_WALKING("standingWalking", "站立行走", List.of("不限", "短时", "半天", "全天")),
    LISTENING_TALKING("listeningTalking", "听说", List.of("不限", "简单交流", "一般交流", "频繁交流"));

    private final String key;
    private final String label;
    private final List<String> levels;

    WorkDemand(String key, String label, List<String> levels) {
        this.key = key;
        this.label = label;
        this.levels = levels;
    }

    /** The JSON key, e.g. {@code bothHands}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The label of level 0..3. */
    public String level(int level) {
        return levels.get(level);
    }

    public List<String> levels() {
        return levels;
    }
}
