package org.zhuye.jobs.posting;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.zhuye.jobs.JobPosting;
import org.zhuye.jobs.WorkplaceFeature;

/**
 * A posting in the API: codes, not labels (features as their codes in list order, demands as an object of
 * the six keys, status as stored — a published posting past its date reads CLOSED/EXPIRED, as on the page).
 */
record PostingJson(long id, long employerId, String employerName, String title, String occupationCode,
                   String occupationLabel, int headcount, String regionCode, String address, String workMode,
                   String employmentForm, int hoursPerWeek, String shift, int wageMin, int wageMax,
                   String contractType, boolean socialInsurance, String minEducation, List<Integer> suitableCategories,
                   List<String> features, Map<String, Integer> demands, String description, String openUntil,
                   String status, String returnReason, String checkedBy, String checkedAt, String checkNote,
                   String publishedOn, String closedReason, String closedOn, int version) {

    static PostingJson of(JobPosting p) {
        return new PostingJson(p.id(), p.employerId(), p.employerName(), p.title(), p.occupationCode(), p.occupationLabel(),
                p.headcount(), p.regionCode(), p.address(), p.workMode().name(), p.employmentForm(), p.hoursPerWeek(),
                p.shift(), p.wageMin(), p.wageMax(), p.contractType().name(), p.socialInsurance(), p.minEducation(),
                p.suitableCategories(), Arrays.stream(WorkplaceFeature.values()).filter(p.features()::contains)
                        .map(Enum::name).toList(), p.demands().asMap(), p.description(), p.openUntil().toString(),
                p.status().name(), p.returnReason(), p.checkedBy(), p.checkedAt() == null ? null : p.checkedAt().toString(),
                p.checkNote(), p.publishedOn() == null ? null : p.publishedOn().toString(),
                p.closedReason() == null ? null : p.closedReason().name(),
                p.closedOn() == null ? null : p.closedOn().toString(), p.version());
    }

    record Page(List<PostingJson> rows, int page, long pages, long total) {
    }

    record Reason(String reason) {
    }
}
