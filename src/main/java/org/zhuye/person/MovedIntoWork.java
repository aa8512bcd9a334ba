package org.zhuye.person;

import java.time.LocalDate;

/**
 * A registered person moved into work: an employed status, not a baseline, after a status that
 * was not employed (or none). Published inside the transaction that records it, so a listener's
 * writes (a 低保 taper) commit or roll back with the job. Bulk imports write history with plain SQL
 * and do not publish it: an imported past status is a record of then, not a job starting now.
 */
public record MovedIntoWork(long personId, String regionCode, LocalDate effectiveOn, long employmentEventId) {
}
