package org.zhuye.jobs.posting;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.Employer;
import org.zhuye.employer.EmployerAccounts;
import org.zhuye.jobs.JobNotFoundException;
import org.zhuye.jobs.JobPosting;
import org.zhuye.jobs.JobPostingRepository;
import org.zhuye.region.Jurisdiction;

/**
 * Who sees and does what with postings, for pages and API alike.
 * <ul>
 *   <li>EMPLOYER (without a staff-side role): its own unit's postings ({@link EmployerAccounts#unitOf}), wherever
 *       the workplace is; creates them, edits drafts and returned ones, submits, withdraws, marks them filled.</li>
 *   <li>STAFF and ADMIN: postings whose workplace or unit is in their area; post for any unit of their area,
 *       and check (publish or return) submitted ones.</li>
 *   <li>GRASSROOTS and VIEWER: read the same postings.</li>
 *   <li>Everyone else, and an employer account not yet linked to a unit: nothing — 404, as a missing posting.</li>
 * </ul>
 */
@Component
class PostingAccess {

    private final JobPostingRepository postings;
    private final EmployerAccounts accounts;

    PostingAccess(JobPostingRepository postings, EmployerAccounts accounts) {
        this.postings = postings;
        this.accounts = accounts;
    }

    static boolean staffSide(UserAccount user) {
        return user.roles().stream().anyMatch(Role::staffSide);
    }

    /** STAFF and ADMIN: post for units of their area and check postings. */
    static boolean staffEditor(UserAccount user) {
        return user.roles().contains(Role.STAFF) || user.roles().contains(Role.ADMIN);
    }

    /** The unit of an EMPLOYER account that acts as its unit (no staff-side role), if linked. */
    Optional<Employer> ownUnit(UserAccount user) {
        if (staffSide(user) || !user.roles().contains(Role.EMPLOYER)) {
            return Optional.empty();
        }
        return accounts.unitOf(user);
    }

    /** Whether the user may read postings at all (staff-side, or an employer account linked to its unit). */
    boolean mayRead(UserAccount user) {
        return staffSide(user) || ownUnit(user).isPresent();
    }

    JobPosting visible(long id, UserAccount user, Jurisdiction jurisdiction) {
        Optional<JobPosting> found;
        if (staffSide(user)) {
            found = postings.find(id, jurisdiction);
        } else {
            found = ownUnit(user).flatMap(unit -> postings.findOfEmployer(id, unit.id()));
        }
        return found.orElseThrow(() -> new JobNotFoundException("岗位", id));
    }

    /** The unit itself, or staff who may post on its behalf. */
    boolean mayEdit(UserAccount user, JobPosting posting) {
        return staffEditor(user) || ownUnit(user).map(u -> u.id() == posting.employerId()).orElse(false);
    }
}
