package org.zhuye.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A job posting (岗位) as stored. {@code regionCode} is the workplace's; {@code employerRegionCode}
 * the unit's place of registration — staff see a posting when either is in their area.
 */
public record JobPosting(long id, long employerId, String employerName, String employerRegionCode, String title,
                         String occupationCode, String occupationLabel, int headcount, String regionCode,
                         String address, WorkMode workMode, String employmentForm, int hoursPerWeek, String shift,
                         int wageMin, int wageMax, ContractType contractType, boolean socialInsurance,
                         String minEducation, List<Integer> suitableCategories, Set<WorkplaceFeature> features,
                         WorkDemands demands, String description, LocalDate openUntil, PostingStatus status,
                         String returnReason, String checkedBy, Instant checkedAt, String checkNote,
                         LocalDate publishedOn, ClosedReason closedReason, LocalDate closedOn, Instant createdAt,
                         String createdBy, Instant updatedAt, String updatedBy, int version) {

    /** Published and not past its date: what job seekers may see and apply to. */
    public boolean openOn(LocalDate day) {
        return status == PostingStatus.PUBLISHED && !openUntil.isBefore(day);
    }
}
