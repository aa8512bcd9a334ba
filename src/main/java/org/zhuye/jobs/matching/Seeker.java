package org.zhuye.jobs.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.zhuye.jobs.TravelRange;
import org.zhuye.jobs.WorkDemands;
import org.zhuye.jobs.WorkMode;
import org.zhuye.jobs.WorkplaceFeature;

/**
 * A job seeker as the rules see them: the current work profile with the registry facts the rules need.
 *
 * @param workingFrom the 16th birthday (first day of working age), null when no working-age rule applies
 * @param retiresOn   the statutory retirement day (first day no longer of working age), null likewise
 * @param ageProblem  why working age is unknown (the missing parameter's message), null otherwise
 * @param certificateActive false when the certificate was revoked or the person died
 * @param abilityLevel the latest assessment's level 1..4, 0 when never assessed
 */
public record Seeker(long personId, String regionCode, int category, String education, boolean employed,
                     boolean wantsChange, boolean noRecommendation, boolean certificateActive, String certificateLabel,
                     LocalDate workingFrom, LocalDate retiresOn, String ageProblem, WorkDemands capabilities,
                     Set<WorkplaceFeature> needs, Set<WorkMode> workModes, int hoursPerWeekMax, TravelRange travelRange,
                     Integer wageExpectation, List<String> occupationCodes, int abilityLevel) {
}
