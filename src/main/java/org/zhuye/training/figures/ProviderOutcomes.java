package org.zhuye.training.figures;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhuye.institution.TrainingOutcomes;

/** The rating's port, answered from {@link TrainingCounts} so an institution's completions are counted as every figure is. */
@Component
class ProviderOutcomes implements TrainingOutcomes {

    private final TrainingCounts counts;

    ProviderOutcomes(TrainingCounts counts) {
        this.counts = counts;
    }

    @Override
    public Map<Long, Completions> ofInstitutions(Collection<Long> institutionIds, LocalDate from, LocalDate to) {
        return counts.ofInstitutions(institutionIds, from, to);
    }
}
