package org.zhuye.person.household;

import java.time.LocalDate;
import java.util.List;

/** A household as read on a date: its members (all, current and past), 低保 intervals and derived status. */
public record Household(long id, String regionCode, String address, List<HouseholdMember> members,
                        List<DibaoInterval> dibao, HouseholdStatus status) {

    public List<HouseholdMember> currentMembers() {
        return members.stream().filter(m -> m.activeOn(status.asOf())).toList();
    }

    /** One period on 最低生活保障; {@code endOn} empty while it lasts. */
    public record DibaoInterval(long id, LocalDate startOn, LocalDate endOn) {
        public boolean covers(LocalDate date) {
            return !startOn.isAfter(date) && (endOn == null || !endOn.isBefore(date));
        }
    }
}
