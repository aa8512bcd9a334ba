package org.zhuye.training.subsidy;

import java.time.LocalDate;

import org.zhuye.training.CourseKind;

/**
 * A completed enrolment's six-month follow-up: due, or recorded.
 *
 * @param registryEmployed what the registry's dated status says on the due day (null: it knows nothing), the pre-fill
 * @param visitedOn        null while not recorded
 */
public record Followup(long enrolmentId, long personId, String personName, String personRegion, long courseId,
                       String courseTitle, CourseKind courseKind, LocalDate completedOn, LocalDate dueOn,
                       Boolean registryEmployed, LocalDate registrySince, String registryEmployer,
                       LocalDate visitedOn, Boolean working, LocalDate employedOn, String employerName,
                       Long employmentEventId, String note, String recordedBy, int version) {

    public boolean recorded() {
        return visitedOn != null;
    }
}
