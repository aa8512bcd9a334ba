package org.zhuye.training.course;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.region.Jurisdiction;
import org.zhuye.training.TrainingNotFoundException;
import org.zhuye.training.provider.Provider;
import org.zhuye.training.provider.Providers;

/**
 * Who sees and does what with courses, for pages and API alike.
 * <ul>
 *   <li>STAFF and ADMIN: courses held in their area; create and run them for any provider of the area, and
 *       approve or return applications they did not submit themselves.</li>
 *   <li>GRASSROOTS and VIEWER: read the same courses.</li>
 *   <li>INSTITUTION (without a staff-side role): only its own institution's courses, as their provider,
 *       wherever they are held; creates and runs them (roster, sessions, attendance, results, certificates).</li>
 *   <li>PERSON: only their own, through {@code /me/courses}; EMPLOYER and everyone else nothing — 404.</li>
 * </ul>
 */
@Component
class CourseAccess {

    private final CourseStore store;
    private final Providers providers;

    CourseAccess(CourseStore store, Providers providers) {
        this.store = store;
        this.providers = providers;
    }

    static boolean staffSide(UserAccount user) {
        return user.roles().stream().anyMatch(Role::staffSide);
    }

    static boolean staffEditor(UserAccount user) {
        return user.roles().contains(Role.STAFF) || user.roles().contains(Role.ADMIN);
    }

    Optional<Provider> ownProvider(UserAccount user) {
        return providers.ownProvider(user);
    }

    /** Whether the user may list courses at all. */
    boolean mayRead(UserAccount user) {
        return staffSide(user) || ownProvider(user).isPresent();
    }

    Course visible(long id, UserAccount user, Jurisdiction jurisdiction) {
        Optional<Course> found = staffSide(user) ? store.find(id, jurisdiction)
                : ownProvider(user).flatMap(p -> store.findOfProvider(id, p.id()));
        return found.orElseThrow(() -> new TrainingNotFoundException("培训班", id));
    }

    boolean mayRun(UserAccount user, Course course) {
        return staffEditor(user) || ownProvider(user).map(p -> p.id() == course.providerId()).orElse(false);
    }

    /** A course the user may run, at the version they read; 404 if unseen, 403 if only readable. */
    Course runnable(long id, UserAccount user, Jurisdiction jurisdiction, String step) {
        Course course = visible(id, user, jurisdiction);
        if (!mayRun(user, course)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "只有培训机构本机构账号或所在地区的残联工作人员可以" + step);
        }
        return course;
    }
}
