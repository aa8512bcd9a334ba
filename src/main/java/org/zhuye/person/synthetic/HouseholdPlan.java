package org.zhuye.person.synthetic;

import java.time.LocalDate;
import java.util.List;

import org.zhuye.person.Sex;

/**
 * One synthetic household as the registry's household services are asked to record it: the
 * registered person it is started around (户主, an index into the residents the plan was drawn
 * for), the other members, what happened to them later, and a 低保 period.
 *
 * @param dibao empty when the household never had 低保
 */
record HouseholdPlan(int head, String address, LocalDate startOn, List<Member> members, List<Change> changes,
                     Dibao dibao) {

    /** Registered members besides the head (一户多残 when there is at least one). */
    long registeredMembers() {
        return members.stream().filter(Member::registered).count();
    }

    /**
     * A member besides the head: a registered resident ({@code resident} is their index) or a family
     * member without a certificate, who then carries a name, sex and birth date.
     *
     * @param employed for a member without a certificate, the status recorded on joining; null when
     *                 none is (a child, or one whose working life began after joining: see {@link Change})
     */
    record Member(Integer resident, String name, Sex sex, LocalDate birthDate, String relation, boolean ableToWork,
                  Boolean employed, LocalDate startOn) {

        boolean registered() {
            return resident != null;
        }
    }

    /** A later, dated change to the member at {@code member} (an index into {@link #members()}). */
    record Change(int member, Kind kind, LocalDate on) {

        enum Kind { STARTED_WORK, STOPPED_WORK, LEFT }
    }

    /** A period on 最低生活保障; {@code endOn} null while it lasts. */
    record Dibao(LocalDate startOn, LocalDate endOn) {
    }
}
