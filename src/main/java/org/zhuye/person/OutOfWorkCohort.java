package org.zhuye.person;

import java.time.LocalDate;
import java.util.List;

import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;

/**
 * Who was of working age and not in work during a period: the people employment services are
 * for (the 四个一 cycle). Answered from the registry's in-memory snapshot, so a whole province is
 * one pass over arrays rather than a query per person.
 *
 * <p>A person belongs to the cohort of {@code [from, to]} when, on at least one day of it, they
 * were registered ({@code registered_on}, 建档日期, on or before that day), of working age by
 * {@link WorkingAgeRules} for their region on that day, and not in work (their latest non-voided
 * employment status on or before that day is "not employed", or they have none); with a
 * certificate neither revoked nor marked deceased, and a record not merged into another. Getting
 * work later in the period does not take anyone out: the cohort only grows as the period does.
 */
public interface OutOfWorkCohort {

    /**
     * Visits the cohort under {@code region} in (region code, person id) order.
     *
     * @param childPrefixes significant prefixes of regions under {@code region}, sorted, all of one
     *                      length; each person is given the index of the one their region starts with,
     *                      or {@code childPrefixes.size()} for none
     * @throws IllegalArgumentException when the region is outside the jurisdiction or the period is empty
     * @throws WorkingAgeRules.NoRule   when a day of the period has no working-age rule for a region visited
     */
    void visit(RegionCode region, List<String> childPrefixes, LocalDate from, LocalDate to, Jurisdiction jurisdiction,
               Visitor visitor);

    /**
     * The immutable snapshots a visit would read now (the registry's, the working-age rules), to be compared by
     * identity: while they are the same objects a visit with the same arguments finds the same persons, so what
     * is counted from it may be kept ({@link org.zhuye.platform.memo.SnapshotAnswers}).
     */
    List<Object> snapshots();

    /** Receives the cohort one person at a time. */
    @FunctionalInterface
    interface Visitor {
        /**
         * @param outOfWorkOnTo whether the person is still of working age and not in work on the last
         *                      day of the period (false once they found work or reached retirement)
         */
        void person(int child, String regionCode, long personId, boolean outOfWorkOnTo);
    }
}
