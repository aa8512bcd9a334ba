package org.zhuye.jobs.referral;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.EmployerAccounts;
import org.zhuye.person.PersonAccounts;

/**
 * Turns the signed-in account into the side it acts on referrals from. A staff-side role wins over the
 * outside roles (an account may not be both, but if it were, its jurisdiction is the stricter rule);
 * VIEWER reads as staff but records nothing.
 */
@Component
public class ReferralActors {

    private static final Set<Role> RECORDING_STAFF = Set.of(Role.ADMIN, Role.STAFF, Role.GRASSROOTS);

    private final EmployerAccounts employers;
    private final PersonAccounts persons;

    ReferralActors(EmployerAccounts employers, PersonAccounts persons) {
        this.employers = employers;
        this.persons = persons;
    }

    /** The side the account reads referrals from; empty when it has none (an unlinked unit, an unbound person). */
    public Optional<ReferralActor> viewerOf(UserAccount user) {
        if (user.roles().stream().anyMatch(Role::staffSide)) {
            return Optional.of(ReferralActor.staff(user.username(), user.displayName(), user.jurisdiction()));
        }
        if (user.roles().contains(Role.EMPLOYER)) {
            return employers.unitOf(user).map(unit -> ReferralActor.employer(user.username(), user.displayName(), unit.id()));
        }
        return persons.personOf(user).map(person -> ReferralActor.person(user.username(), user.displayName(), person.id()));
    }

    /** The side the account records steps from: as {@link #viewerOf}, but a read-only VIEWER has none. */
    public Optional<ReferralActor> actorOf(UserAccount user) {
        if (user.roles().stream().anyMatch(Role::staffSide) && user.roles().stream().noneMatch(RECORDING_STAFF::contains)) {
            return Optional.empty();
        }
        return viewerOf(user);
    }
}
