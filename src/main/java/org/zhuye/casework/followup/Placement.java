package org.zhuye.casework.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A move into work recorded by an employment service, with its follow-ups so far. */
public record Placement(long serviceId, long personId, LocalDate placedOn, String employerName, String occupation,
                        List<Followup> followups) {

    public LocalDate dueOn(int month) {
        return FollowupSchedule.dueOn(placedOn, month);
    }

    public Optional<Followup> at(int month) {
        return followups.stream().filter(f -> f.month() == month).findFirst();
    }

    public List<Integer> months() {
        return FollowupSchedule.MONTHS;
    }
}
