package org.zhuye.person.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.zhuye.person.Sex;

class HouseholdStatusProperties {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    @Provide
    Arbitrary<HouseholdMember> members() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(1930, 2020),
                Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((registered, year, able, employed, left) -> new HouseholdMember(1, 1, registered ? 7L : null,
                        "成员", Sex.MALE, LocalDate.of(year, 3, 1), "其他", able, LocalDate.of(2010, 1, 1),
                        left ? LocalDate.of(2020, 1, 1) : null, employed));
    }

    /** Working age here: 16 to 59 on the date, which is all these properties need. */
    private static boolean workingAge(HouseholdMember member) {
        int age = AS_OF.getYear() - member.birthDate().getYear();
        return age >= 16 && age < 60;
    }

    @Property
    void aHouseholdWithSomeoneInWorkIsNeverZeroEmployment(@ForAll @Size(max = 8) List<@net.jqwik.api.From("members") HouseholdMember> members) {
        HouseholdStatus status = HouseholdStatus.of(members, AS_OF, HouseholdStatusProperties::workingAge, false);
        boolean someoneAbleInWork = members.stream().anyMatch(m -> m.activeOn(AS_OF) && m.ableToWork() && workingAge(m) && m.employedOnDate());
        if (someoneAbleInWork) {
            assertThat(status.zeroEmployment()).isFalse();
        }
    }

    @Property
    void zeroEmploymentNeedsAnAbleWorkingAgeMember(@ForAll @Size(max = 8) List<@net.jqwik.api.From("members") HouseholdMember> members) {
        HouseholdStatus status = HouseholdStatus.of(members, AS_OF, HouseholdStatusProperties::workingAge, false);
        assertThat(status.zeroEmployment()).isEqualTo(status.ableWorkingAge() > 0 && status.ableWorkingAgeEmployed() == 0);
        assertThat(status.ableWorkingAgeEmployed()).isLessThanOrEqualTo(status.ableWorkingAge());
        assertThat(status.ableWorkingAge()).isLessThanOrEqualTo(status.members());
    }

    @Property
    void aMemberWhoLeftNoLongerCounts(@ForAll @Size(max = 8) List<@net.jqwik.api.From("members") HouseholdMember> members) {
        List<HouseholdMember> current = new ArrayList<>(members.stream().filter(m -> m.activeOn(AS_OF)).toList());
        assertThat(HouseholdStatus.of(members, AS_OF, HouseholdStatusProperties::workingAge, false))
                .isEqualTo(HouseholdStatus.of(current, AS_OF, HouseholdStatusProperties::workingAge, false));
    }
}
