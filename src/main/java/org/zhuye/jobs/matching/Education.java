package org.zhuye.jobs.matching;

import java.util.Map;

/**
 * 文化程度 (code list education, GB/T 4658) as a rank, higher is more schooling, so "at least the
 * posting's minimum" is a comparison. 中等职业教育 and 普通高级中学 are the same stage. 其他 and an
 * empty value rank 0: unknown never meets a minimum.
 */
final class Education {

    private static final Map<String, Integer> RANKS = Map.ofEntries(
            Map.entry("10", 8), Map.entry("研究生", 8),
            Map.entry("20", 7), Map.entry("大学本科", 7),
            Map.entry("30", 6), Map.entry("大学专科", 6),
            Map.entry("40", 5), Map.entry("中等职业教育", 5),
            Map.entry("60", 5), Map.entry("普通高级中学", 5),
            Map.entry("70", 4), Map.entry("初级中学", 4),
            Map.entry("80", 3), Map.entry("小学", 3),
            Map.entry("00", 1), Map.entry("未上过学", 1));

    private static final Map<Integer, String> LABELS = Map.of(8, "研究生", 7, "大学本科", 6, "大学专科", 5, "高中或中职",
            4, "初级中学", 3, "小学", 1, "未上过学");

    private Education() {
    }

    static int rank(String codeOrLabel) {
        return codeOrLabel == null ? 0 : RANKS.getOrDefault(codeOrLabel.strip(), 0);
    }

    static String label(int rank) {
        return LABELS.getOrDefault(rank, "未登记");
    }
}
