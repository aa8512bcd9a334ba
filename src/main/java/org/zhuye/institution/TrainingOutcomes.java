package org.zhuye.institution;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * The training figures an institution's rating needs, offered by the training module. Training
 * depends on this module (a provider may be one of our institutions), so the rating asks through
 * this port rather than the other way round.
 */
public interface TrainingOutcomes {

    /**
     * For each institution that trains as a provider: the enrolments on its courses that ended
     * (a result recorded) between {@code from} and {@code to} inclusive, and how many of them
     * completed (合格 or 不合格, not 退出). Institutions without such enrolments are absent.
     */
    Map<Long, Completions> ofInstitutions(Collection<Long> institutionIds, LocalDate from, LocalDate to);

    record Completions(int ended, int completed) {

        /** Completion rate in 0..1; 0 when nothing ended. */
        public double rate() {
            return ended == 0 ? 0 : (double) completed / ended;
        }
    }
}
