package org.zhuye.jobs.posting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zhuye.jobs.ContractType;
import org.zhuye.jobs.JobPosting;
import org.zhuye.jobs.WorkDemand;
import org.zhuye.jobs.WorkDemands;
import org.zhuye.jobs.WorkMode;
import org.zhuye.jobs.WorkplaceFeature;

/** A posting's fields after {@link PostingInput#validate}: typed, trimmed, every rule met but the database's. */
public record PostingData(String title, String occupationCode, String occupationLabel, int headcount,
                          String regionCode, String address, WorkMode workMode, String employmentForm,
                          int hoursPerWeek, String shift, int wageMin, int wageMax, ContractType contractType,
                          boolean socialInsurance, String minEducation, List<Integer> suitableCategories,
                          Set<WorkplaceFeature> features, WorkDemands demands, String description,
                          LocalDate openUntil) {

    /**
     * The fields as the audit trail keeps them, in the form's order; the six demands each under its
     * own key, so a history reads 搬举：5公斤以下 → 20公斤以上 rather than an array.
     */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("title", title);
        state.put("occupationCode", occupationCode);
        state.put("headcount", headcount);
        state.put("regionCode", regionCode);
        state.put("address", address);
        state.put("workMode", workMode.name());
        state.put("employmentForm", employmentForm);
        state.put("hoursPerWeek", hoursPerWeek);
        state.put("shift", shift);
        state.put("wageMin", wageMin);
        state.put("wageMax", wageMax);
        state.put("contractType", contractType.name());
        state.put("socialInsurance", socialInsurance);
        state.put("minEducation", minEducation == null ? PostingInput.ANY_EDUCATION : minEducation);  // reads 不限, not 未填
        state.put("suitableCategories", suitableCategories.stream().map(String::valueOf).toList());
        List<String> featureCodes = new ArrayList<>();
        for (WorkplaceFeature f : WorkplaceFeature.values()) {
            if (features.contains(f)) {
                featureCodes.add(f.name());
            }
        }
        state.put("features", featureCodes);
        for (WorkDemand d : WorkDemand.values()) {
            state.put(d.key(), demands.get(d));
        }
        state.put("description", description);
        state.put("openUntil", openUntil.toString());
        return state;
    }

    /** A stored posting's fields, for the audit trail's "before" and for the edit form. */
    static PostingData of(JobPosting p) {
        return new PostingData(p.title(), p.occupationCode(), p.occupationLabel(), p.headcount(), p.regionCode(),
                p.address(), p.workMode(), p.employmentForm(), p.hoursPerWeek(), p.shift(), p.wageMin(), p.wageMax(),
                p.contractType(), p.socialInsurance(), p.minEducation(), p.suitableCategories(), p.features(),
                p.demands(), p.description(), p.openUntil());
    }
}
