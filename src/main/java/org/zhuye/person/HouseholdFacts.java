package org.zhuye.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.region.VisiblePeople;

/**
 * What other modules may know of households (kept in {@code person.household}): whether a person's
 * household is on 低保 on a date, and which households are 零就业家庭 on a date and since when.
 * Every answer is inside the caller's jurisdiction.
 */
public interface HouseholdFacts {

    /** The 低保 period covering {@code date} of the household the person belongs to that day, if any. */
    Optional<DibaoCover> findDibaoCover(long personId, LocalDate date, Jurisdiction jurisdiction);

    /**
     * The households under {@code region} that are 零就业家庭 on {@code asOf} (by the registry's
     * derived rule: at least one member of working age able to work and none of those in work),
     * in (region, id) order.
     */
    List<ZeroEmploymentHousehold> findZeroEmployment(RegionCode region, LocalDate asOf, Jurisdiction jurisdiction);

    /**
     * The households under {@code region} helped out of zero employment in {@code [from, to]}: those that were
     * 零就业家庭 the day before a day of the period on which a member's move into work was recorded and are no
     * longer one that day (leaving by age, death or moving out is not being helped). Each household once, on
     * the first such day; in (region, id) order.
     */
    List<LeftZeroEmployment> findLeftZeroEmployment(RegionCode region, LocalDate from, LocalDate to, Jurisdiction jurisdiction);

    /** @param headName the 户主's name on {@code leftOn}, null when registered outside the caller's jurisdiction */
    record LeftZeroEmployment(long householdId, String regionCode, String address, String headName, LocalDate leftOn) {
    }

    /** How many households under {@code region} are 零就业家庭 on each of {@code dates}, in the same order. */
    List<Integer> countZeroEmployment(RegionCode region, List<LocalDate> dates, Jurisdiction jurisdiction);

    /**
     * How many members the person's household has on {@code date} and how many of them are registered persons
     * (certificate holders): counts only, for the person's own record page, which shows nobody else.
     */
    Optional<Membership> findMembership(long personId, LocalDate date, Jurisdiction jurisdiction);

    record Membership(long householdId, int members, int registeredMembers) {
    }

    record DibaoCover(long householdId, long dibaoIntervalId, LocalDate startOn, LocalDate endOn) {
    }

    /**
     * @param since            the first day of the current unbroken zero-employment spell (within what
     *                         the record shows: no earlier than the first member joined)
     * @param headName         the 户主's name, null when the 户主 is a registered person outside the caller's
     *                         jurisdiction
     * @param registeredMembers the current members who are registered persons (ids), for the services done for
     *                         them; those registered outside the caller's jurisdiction only counted
     */
    record ZeroEmploymentHousehold(long householdId, String regionCode, String address, String headName, int members,
                                   int ableWorkingAge, LocalDate since, VisiblePeople<Long> registeredMembers) {
    }
}
