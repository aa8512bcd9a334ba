package org.zhuye.person;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhuye.person.overview.RegionOverview;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;

/**
 * Registered persons of working age in each direct child of a region on a day, as the registry's overview
 * counts them (the same snapshot and working-age rules): the base other modules split a figure by, e.g. a
 * target among the leagues in proportion to the people who could take the jobs.
 */
@Component
public class WorkingAgePersons {

    private final RegionOverview overview;

    WorkingAgePersons(RegionOverview overview) {
        this.overview = overview;
    }

    /** Child region code (12 digits) → persons of working age on {@code asOf}; empty when the region is not the caller's. */
    public Map<String, Long> byChild(RegionCode region, LocalDate asOf, Jurisdiction jurisdiction) {
        Map<String, Long> counts = new LinkedHashMap<>();
        overview.find(region, asOf, jurisdiction).ifPresent(report ->
                report.children().forEach(row -> counts.put(row.region().code(), row.figures().workingAge())));
        return counts;
    }
}
