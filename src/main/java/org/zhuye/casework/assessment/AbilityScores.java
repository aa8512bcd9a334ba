package org.zhuye.casework.assessment;

import java.util.List;

/**
 * The six items of the assessment, each 0–4 ({@link Item#DESCRIPTORS}). The first five measure
 * function and skill and decide the level; interests only steer the suggested kinds of work.
 */
public record AbilityScores(int physical, int sensory, int cognition, int dailyLiving, int workSkills, int interests) {

    public static final int MAX = 4;

    public AbilityScores {
        for (int score : new int[]{physical, sensory, cognition, dailyLiving, workSkills, interests}) {
            if (score < 0 || score > MAX) {
                throw new IllegalArgumentException("评分须在0到4之间：" + score);
            }
        }
    }

    /** Sum of the five function items, 0–20. */
    public int functionTotal() {
        return physical + sensory + cognition + dailyLiving + workSkills;
    }

    /** The weakest of the five function items. */
    public int functionMinimum() {
        return Math.min(Math.min(Math.min(physical, sensory), Math.min(cognition, dailyLiving)), workSkills);
    }

    public int score(Item item) {
        return switch (item) {
            case PHYSICAL -> physical;
            case SENSORY -> sensory;
            case COGNITION -> cognition;
            case DAILY_LIVING -> dailyLiving;
            case WORK_SKILLS -> workSkills;
            case INTERESTS -> interests;
        };
    }

    /** The items of the form, in order, with the field name the form and API use. */
    public enum Item {
        PHYSICAL("physical", "躯体功能", "行走、站立、上肢和手的活动"),
        SENSORY("sensory", "感官与沟通", "视力、听力、言语，与人交流"),
        COGNITION("cognition", "认知", "理解、记忆、注意力、学习新任务"),
        DAILY_LIVING("dailyLiving", "日常生活活动", "自理、出行、按时作息"),
        WORK_SKILLS("workSkills", "工作技能与经历", "学历、技能证书、以往工作经历"),
        INTERESTS("interests", "就业兴趣与意向", "想做什么、愿不愿意工作");

        /** The 0–4 descriptors of the function items; interests reads them as 无意向 … 意向明确强烈. */
        public static final List<String> DESCRIPTORS = List.of("完全不能", "严重受限", "中度受限", "轻度受限", "无明显受限");
        public static final List<String> INTEREST_DESCRIPTORS = List.of("无就业意向", "意向很弱", "意向一般", "意向较明确", "意向明确强烈");

        private final String field;
        private final String label;
        private final String hint;

        Item(String field, String label, String hint) {
            this.field = field;
            this.label = label;
            this.hint = hint;
        }

        public String field() {
            return field;
        }

        public String label() {
            return label;
        }

        public String hint() {
            return hint;
        }

        public List<String> descriptors() {
            return this == INTERESTS ? INTEREST_DESCRIPTORS : DESCRIPTORS;
        }
    }
}
