package org.zhuye.person.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuye.person.Sex;
import org.zhuye.testing.Inputs;
import org.zhuye.testing.Tries;

class HouseholdStatusProperties {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    static List<HouseholdMember> members(Inputs in) {
        return in.list(0, 8, m -> {
            boolean registered = m.bool();
            int year = m.between(1930, 2020);
            boolean able = m.bool();
            boolean employed = m.bool();
            boolean left = m.bool();
            return new HouseholdMember(1, 1, registered ? 7L : null, "成员", Sex.MALE, LocalDate.of(year, 3, 1), "其他",
                    able, LocalDate.of(2010, 1, 1), left ? LocalDate.of(2020, 1, 1) : null, employed);
        });
    }

    /** Working age here: 16 to 59 on the date, which is all these properties need. */
    private static boolean workingAge(HouseholdMember member) {
        int age = AS_OF.getYear() - member.birthDate().getYear();
        return age >= 16 && age < 60;
    }

    @Test
    void aHouseholdWithSomeoneInWorkIsNeverZeroEmployment() {
        Tries.check(in -> {
            List<HouseholdMember> members = members(in);
            HouseholdStatus status = HouseholdStatus.of(members, AS_OF, HouseholdStatusProperties::workingAge, false);
            boolean someoneAbleInWork = members.stream().anyMatch(m -> m.activeOn(AS_OF) && m.ableToWork() && workingAge(m) && m.employedOnDate());
            if (someoneAbleInWork) {
                assertThat(status.zeroEmployment()).isFalse();
            }
        });
    }

    @Test
    void zeroEmploymentNeedsAnAbleWorkingAgeMember() {
        Tries.check(in -> {
            HouseholdStatus status = HouseholdStatus.of(members(in), AS_OF, HouseholdStatusProperties::workingAge, false);
            assertThat(status.zeroEmployment()).isEqualTo(status.ableWorkingAge() > 0 && status.ableWorkingAgeEmployed() == 0);
            assertThat(status.ableWorkingAgeEmployed()).isLessThanOrEqualTo(status.ableWorkingAge());
            assertThat(status.ableWorkingAge()).isLessThanOrEqualTo(status.members());
        });
    }

    @Test
    void aMemberWhoLeftNoLongerCounts() {
        Tries.check(in -> {
            List<HouseholdMember> members = members(in);
            List<HouseholdMember> current = new ArrayList<>(members.stream().filter(m -> m.activeOn(AS_OF)).toList());
            assertThat(HouseholdStatus.of(members, AS_OF, HouseholdStatusProperties::workingAge, false))
                    .isEqualTo(HouseholdStatus.of(current, AS_OF, HouseholdStatusProperties::workingAge, false));
        });
    }
}
