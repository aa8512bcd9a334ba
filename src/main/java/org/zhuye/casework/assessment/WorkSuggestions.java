package org.zhuye.casework.assessment;

import java.util.ArrayList;
import java.util.List;

/**
 * The kinds of work an assessment suggests (codes of the {@code work_kind} list); the worker picks
 * from the whole list, the suggestions are only pre-marked. By level:
 * <ul>
 *   <li>一级: 按比例就业, 集中就业; 个体就业 when work skills ≥ 3 and interests ≥ 3</li>
 *   <li>二级: 按比例就业, 集中就业, 公益性岗位; 个体就业 as above</li>
 *   <li>三级: 辅助性就业, 公益性岗位</li>
 *   <li>四级: none</li>
 * </ul>
 * and 居家就业 for levels 一 to 三 when getting about is the obstacle (physical or daily living ≤ 2)
 * while cognition is ≥ 3.
 */
public final class WorkSuggestions {

    private WorkSuggestions() {
    }

    public static List<String> of(AbilityScores scores) {
        AbilityLevel level = AbilityLevel.of(scores);
        List<String> kinds = new ArrayList<>();
        switch (level) {
            case ONE -> kinds.addAll(List.of("QUOTA", "CONCENTRATED"));
            case TWO -> kinds.addAll(List.of("QUOTA", "CONCENTRATED", "PUBLIC_WELFARE"));
            case THREE -> kinds.addAll(List.of("PUBLIC_WELFARE", "AUXILIARY"));
            case FOUR -> {
                return List.of();
            }
        }
        if ((level == AbilityLevel.ONE || level == AbilityLevel.TWO) && scores.workSkills() >= 3 && scores.interests() >= 3) {
            kinds.add("SELF");
        }
        if ((scores.physical() <= 2 || scores.dailyLiving() <= 2) && scores.cognition() >= 3) {
            kinds.add("HOME");
        }
        return List.copyOf(kinds);
    }
}
