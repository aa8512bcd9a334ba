package org.zhuye.jobs.fair;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.Employer;
import org.zhuye.employer.EmployerAccounts;
import org.zhuye.person.Person;
import org.zhuye.person.PersonAccounts;
import org.zhuye.person.PersonPermissions;
import org.zhuye.region.Jurisdiction;

/**
 * Who may see and do what with fairs. Staff-side users see fairs in or above their area; an EMPLOYER account
 * those in or above its unit's place, a PERSON account those in or above the person's own village — the fairs
 * they could go to. Organising (new fair, edits, adding units) is for STAFF and ADMIN; registering persons,
 * check-ins, intents and 回访 are data entry, also for grassroots members.
 */
@Component
class FairViewers {

    private final EmployerAccounts employerAccounts;
    private final PersonAccounts personAccounts;

    FairViewers(EmployerAccounts employerAccounts, PersonAccounts personAccounts) {
        this.employerAccounts = employerAccounts;
        this.personAccounts = personAccounts;
    }

    static boolean staffSide(UserAccount user) {
        return user.roles().stream().anyMatch(Role::staffSide);
    }

    /** Figures across leagues are for staff-side users. */
    static void requireStaffSide(UserAccount user) {
        if (!staffSide(user)) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.FORBIDDEN);
        }
    }

    static boolean mayOrganise(UserAccount user) {
        return PersonPermissions.mayEditDirectly(user);
    }

    static boolean mayRecord(UserAccount user) {
        return PersonPermissions.mayRecord(user);
    }

    /** The area whose fairs the user sees, or empty for a user who sees none (an unbound PERSON account…). */
    Optional<Jurisdiction> scopeOf(UserAccount user) {
        if (staffSide(user)) {
            return Optional.of(user.jurisdiction());
        }
        Optional<Employer> unit = unitOf(user);
        if (unit.isPresent()) {
            return Optional.of(Jurisdiction.of(unit.get().regionCode()));
        }
        return personOf(user).map(PersonAccounts::scopeOf);
    }

    Optional<Employer> unitOf(UserAccount user) {
        return user.roles().contains(Role.EMPLOYER) ? employerAccounts.unitOf(user) : Optional.empty();
    }

    Optional<Person> personOf(UserAccount user) {
        return personAccounts.personOf(user);
    }
}
