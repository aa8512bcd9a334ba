package org.zhuye.jobs.posting;

import java.util.LinkedHashMap;
import java.util.Map;

import org.zhuye.jobs.JobPosting;
import org.zhuye.jobs.WorkDemand;

/** A stored posting as the edit form's text. */
final class PostingForms {

    private PostingForms() {
    }

    static PostingInput inputOf(JobPosting p) {
        Map<String, String> demands = new LinkedHashMap<>();
        for (WorkDemand d : WorkDemand.values()) {
            demands.put(d.key(), String.valueOf(p.demands().get(d)));
        }
        return new PostingInput(String.valueOf(p.employerId()), p.title(), p.occupationCode(), String.valueOf(p.headcount()),
                p.regionCode(), p.address(), p.workMode().name(), p.employmentForm(), String.valueOf(p.hoursPerWeek()),
                p.shift(), String.valueOf(p.wageMin()), String.valueOf(p.wageMax()), p.contractType().name(),
                String.valueOf(p.socialInsurance()), p.minEducation() == null ? PostingInput.ANY_EDUCATION : p.minEducation(),
                p.suitableCategories().stream().map(String::valueOf).toList(),
                p.features().stream().map(Enum::name).toList(), demands, p.description(), p.openUntil().toString());
    }
}
