package org.zhuye.casework.plan;

/** A plan as typed. */
public record PlanInput(String kind, String school, String graduationYear, String goals, String actions,
                        String responsible, String nextReviewOn) {
}
