package org.zhuye.jobs.profile;

import org.zhuye.casework.LatestAssessment;
import org.zhuye.jobs.WorkDemand;

/**
 * Capabilities suggested from a vocational assessment (scale ZY-2026: 0 完全不能, 1 严重受限, 2 中度受限,
 * 3 轻度受限, 4 无明显受限), deliberately conservative because a too-high capability sends a person to a
 * job they cannot do, while a too-low one only hides a job that staff can still find by hand:
 * <ul>
 *   <li>each assessment score s maps to capability max(0, s − 1): 4 → 3, 3 → 2, 2 → 1, 0–1 → 0;</li>
 *   <li>感官与沟通 (sensory) gives 视力 and 听说;</li>
 *   <li>躯体功能 (physical) gives 双手, 搬举 and 站立行走;</li>
 *   <li>手部操作 takes the weaker of 工作技能与经历 and 认知 (fine work needs both skill and understanding).</li>
 * </ul>
 * Staff and the person correct each level on the form; the profile keeps which assessment it came from.
 */
final class AssessmentPrefill {

    private AssessmentPrefill() {
    }

    static int[] capabilities(LatestAssessment.Scores scores) {
        int[] levels = new int[WorkDemand.values().length];
        levels[WorkDemand.EYESIGHT.ordinal()] = level(scores.sensory());
        levels[WorkDemand.LISTENING_TALKING.ordinal()] = level(scores.sensory());
        levels[WorkDemand.BOTH_HANDS.ordinal()] = level(scores.physical());
        levels[WorkDemand.LIFTING.ordinal()] = level(scores.physical());
        levels[WorkDemand.STANDING_WALKING.ordinal()] = level(scores.physical());
        levels[WorkDemand.HAND_WORK.ordinal()] = level(Math.min(scores.workSkills(), scores.cognition()));
        return levels;
    }

    static int level(int assessmentScore) {
        return Math.max(0, Math.min(3, assessmentScore - 1));
    }
}
