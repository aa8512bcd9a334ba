package org.zhuye.casework.plan;

import java.time.LocalDate;
import java.util.List;

/** An individual plan (一人一策) with its reviews, newest review first. */
public record Plan(long id, long personId, String personName, String regionCode, PlanKind kind, String school,
                   Integer graduationYear, String goals, String actions, String responsible, LocalDate nextReviewOn,
                   String outcome, LocalDate closedOn, List<Review> reviews) {

    public boolean open() {
        return closedOn == null;
    }

    /** Open and its review date has passed. */
    public boolean overdueOn(LocalDate today) {
        return open() && nextReviewOn != null && nextReviewOn.isBefore(today);
    }

    public record Review(LocalDate reviewedOn, String note, LocalDate nextReviewOn, String recordedBy) {
    }
}
