package org.zhuye.jobs.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zhuye.jobs.TravelRange;
import org.zhuye.jobs.WorkDemands;
import org.zhuye.jobs.WorkMode;
import org.zhuye.jobs.WorkplaceFeature;

/**
 * One dated row of a person's work profile (就业能力与意愿): what they can do (six capabilities
 * 0..3 on the posting's demand scale), what they need, how and how far they would work, what they
 * would earn and do. The current profile is the latest {@code validFrom}.
 */
public record WorkProfile(long id, long personId, LocalDate validFrom, WorkDemands capabilities,
                          Set<WorkplaceFeature> needs, Set<WorkMode> workModes, int hoursPerWeekMax,
                          TravelRange travelRange, Integer wageExpectation, List<String> occupationCodes,
                          boolean noRecommendation, boolean wantsChange, Long assessmentServiceId,
                          String recordedBy, Instant recordedAt) {

    /** The state an audit entry keeps, in form order (enum names; the vocabulary labels them). */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("validFrom", validFrom.toString());
        state.put("capabilities", capabilities.asMap());
        state.put("needs", needs.stream().map(Enum::name).sorted().toList());
        state.put("workModes", workModes.stream().map(Enum::name).sorted().toList());
        state.put("hoursPerWeekMax", hoursPerWeekMax);
        state.put("travelRange", travelRange.name());
        state.put("wageExpectation", wageExpectation);
        state.put("occupationCodes", occupationCodes);
        state.put("noRecommendation", noRecommendation);
        state.put("wantsChange", wantsChange);
        return state;
    }
}
