package org.zhuye.person.household;

import java.time.LocalDate;
import java.util.List;

import org.zhuye.region.VisiblePeople;

/**
 * A household as read on a date by one viewer: its members (current and past) as that viewer may see
 * them (registered members outside the viewer's jurisdiction only counted), 低保 intervals and the
 * status derived from every member.
 */
public record Household(long id, String regionCode, String address, VisiblePeople<HouseholdMember> members,
                        List<DibaoInterval> dibao, HouseholdStatus status) {

    /** The visible members who belong to the household on the date it was read for. */
    public List<HouseholdMember> currentMembers() {
        return members.visible().stream().filter(m -> m.activeOn(status.asOf())).toList();
    }

    /** One period on 最低生活保障; {@code endOn} empty while it lasts. */
    public record DibaoInterval(long id, LocalDate startOn, LocalDate endOn) {
        public boolean covers(LocalDate date) {
            return !startOn.isAfter(date) && (endOn == null || !endOn.isBefore(date));
        }
    }
}
