package org.zhuye.person.household;

import java.time.LocalDate;

import org.zhuye.person.Sex;

/**
 * One membership of a household. Registered persons carry their person id and status from the
 * registry; other members carry their own name, sex, birth date and latest recorded status.
 *
 * @param employedOnDate whether this member was in work on the date the household was read for
 */
public record HouseholdMember(long id, long householdId, Long personId, String name, Sex sex, LocalDate birthDate,
                              String relation, boolean ableToWork, LocalDate startOn, LocalDate endOn,
                              boolean employedOnDate) {

    public boolean registered() {
        return personId != null;
    }

    public boolean activeOn(LocalDate date) {
        return !startOn.isAfter(date) && (endOn == null || !endOn.isBefore(date));
    }
}
