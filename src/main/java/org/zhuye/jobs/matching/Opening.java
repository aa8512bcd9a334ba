package org.zhuye.jobs.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.zhuye.jobs.JobPosting;
import org.zhuye.jobs.PostingStatus;
import org.zhuye.jobs.WorkDemands;
import org.zhuye.jobs.WorkMode;
import org.zhuye.jobs.WorkplaceFeature;

/** A posting as the rules see it. */
public record Opening(long postingId, String title, String regionCode, String occupationCode, WorkMode workMode,
                      int hoursPerWeek, int wageMax, String minEducation, List<Integer> suitableCategories,
                      Set<WorkplaceFeature> features, WorkDemands demands, boolean published, LocalDate openUntil) {

    public static Opening of(JobPosting p) {
        return new Opening(p.id(), p.title(), p.regionCode(), p.occupationCode(), p.workMode(), p.hoursPerWeek(),
                p.wageMax(), p.minEducation(), p.suitableCategories(), p.features(), p.demands(),
                p.status() == PostingStatus.PUBLISHED, p.openUntil());
    }
}
