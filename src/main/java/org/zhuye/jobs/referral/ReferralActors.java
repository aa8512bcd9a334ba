package org.zhuye.jobs.referral;

import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
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

    /**
     * The staff or unit side the board and the API read from: 403 for an unlinked unit or an account with
     * neither side, and for a PERSON, whose referrals are on their own page.
     */
    public ReferralActor boardViewerOf(UserAccount user) {
        ReferralActor viewer = viewerOf(user).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN,
                "您的账号尚未绑定用人单位，请联系残联工作人员"));
        if (viewer.kind() == ReferralActor.Kind.PERSON) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "请在“我的申请”查看您的推介和申请");
        }
        return viewer;
    }

    /** The side the account records steps from: as {@link #viewerOf}, but a read-only VIEWER has none. */
    public Optional<ReferralActor> actorOf(UserAccount user) {
        if (user.roles().stream().anyMatch(Role::staffSide) && user.roles().stream().noneMatch(RECORDING_STAFF::contains)) {
            return Optional.empty();
        }
        return viewerOf(user);
    }
}
