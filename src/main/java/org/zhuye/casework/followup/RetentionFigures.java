package org.zhuye.casework.followup;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * At one mark: placements due ({@code due}), followed up, and still employed at the follow-up.
 * The rate is retained over due, so a follow-up not done counts as not known to be retained.
 */
public record RetentionFigures(long due, long followed, long retained) {

    public static final RetentionFigures NONE = new RetentionFigures(0, 0, 0);

    public RetentionFigures plus(RetentionFigures other) {
        return new RetentionFigures(due + other.due, followed + other.followed, retained + other.retained);
    }

    /** Retained over due, null when nothing was due. */
    public Double rate() {
        return due == 0 ? null : (double) retained / due;
    }

    /** The figures at 3, 6 and 12 months, zero where none. */
    static Map<Integer, RetentionFigures> byMonth(Map<Integer, RetentionFigures> found) {
        Map<Integer, RetentionFigures> all = new LinkedHashMap<>();
        for (int month : FollowupSchedule.RETENTION_MONTHS) {
            all.put(month, found == null ? NONE : found.getOrDefault(month, NONE));
        }
        return all;
    }
}
