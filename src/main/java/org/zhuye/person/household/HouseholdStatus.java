package org.zhuye.person.household;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a household is on a date, derived from its members, never stored:
 * 一户多残 when more than one current member is a registered person with a disability;
 * 零就业家庭 when it has at least one member of working age able to work and none of those is in
 * work (the usual definition: every able working-age member is out of work).
 */
public record HouseholdStatus(LocalDate asOf, int members, int disabledMembers, int ableWorkingAge, int ableWorkingAgeEmployed,
                              boolean onDibao) {

    public static HouseholdStatus of(List<HouseholdMember> all, LocalDate asOf, Predicate<HouseholdMember> ofWorkingAge,
                                     boolean onDibao) {
        List<HouseholdMember> current = all.stream().filter(m -> m.activeOn(asOf)).toList();
        List<HouseholdMember> able = current.stream().filter(HouseholdMember::ableToWork).filter(ofWorkingAge).toList();
        return new HouseholdStatus(asOf, current.size(), (int) current.stream().filter(HouseholdMember::registered).count(),
                able.size(), (int) able.stream().filter(HouseholdMember::employedOnDate).count(), onDibao);
    }

    public boolean multipleDisabilities() {
        return disabledMembers > 1;
    }

    public boolean zeroEmployment() {
        return ableWorkingAge > 0 && ableWorkingAgeEmployed == 0;
    }
}
