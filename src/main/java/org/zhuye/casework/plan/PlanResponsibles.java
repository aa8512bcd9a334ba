package org.zhuye.casework.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.zhuye.account.Role;
import org.zhuye.account.UserRepository;
import org.zhuye.region.RegionCode;

/**
 * Who may be responsible for a person's 一人一策 plan: an enabled account that records casework
 * (STAFF, ADMIN or GRASSROOTS) whose jurisdiction covers the person's region. Anyone else could not
 * open the person's page, so a plan given to them would never be reviewed. The form offers exactly
 * these accounts and saving checks the name against them.
 */
@Service
class PlanResponsibles {

    private static final Set<Role> RECORDING = Set.of(Role.STAFF, Role.ADMIN, Role.GRASSROOTS);

    private final UserRepository users;

    PlanResponsibles(UserRepository users) {
        this.users = users;
    }

    /** The accounts that may be responsible for a person registered in {@code personRegion}, widest area first. */
    List<Candidate> forPerson(String personRegion) {
        return users.findCovering(RegionCode.of(personRegion), RECORDING).stream()
                .map(u -> new Candidate(u.username(), u.displayName(), u.regionCode())).toList();
    }

    boolean isAccount(String username) {
        return users.usernameTaken(username);
    }

    Optional<Candidate> find(String username, String personRegion) {
        return forPerson(personRegion).stream().filter(c -> c.username().equals(username)).findFirst();
    }

    record Candidate(String username, String displayName, String regionCode) {
        public String label() {
            return displayName + "（" + username + "）";
        }
    }
}
