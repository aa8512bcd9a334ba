package org.zhuye.casework.followup;

import java.time.LocalDate;
import java.util.List;

/**
 * When follow-ups after a move into work are due: 1, 3, 6 and 12 calendar months after the day the
 * job started (the day-of-month clamped at a shorter month's end, as {@link LocalDate#plusMonths}
 * does). A follow-up may be recorded from a week before its due day, so a visit planned for the
 * end of a month does not have to wait for the exact date.
 */
public final class FollowupSchedule {

    public static final List<Integer> MONTHS = List.of(1, 3, 6, 12);
    /** The marks retention is reported at. */
    public static final List<Integer> RETENTION_MONTHS = List.of(3, 6, 12);
    static final int EARLY_DAYS = 7;

    private FollowupSchedule() {
    }

    public static LocalDate dueOn(LocalDate placedOn, int month) {
        if (!MONTHS.contains(month)) {
            throw new IllegalArgumentException("回访节点只有第1、3、6、12个月：" + month);
        }
        return placedOn.plusMonths(month);
    }

    /** The earliest day the follow-up of this mark may be recorded. */
    public static LocalDate openFrom(LocalDate placedOn, int month) {
        return dueOn(placedOn, month).minusDays(EARLY_DAYS);
    }
}
