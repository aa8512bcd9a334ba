package org.zhuye.institution.registry;

import org.springframework.stereotype.Component;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.institution.Institution;
import org.zhuye.institution.InstitutionNotFoundException;
import org.zhuye.institution.InstitutionRepository;
import org.zhuye.region.Jurisdiction;

/**
 * Who sees and changes which institutions, for pages and API alike.
 * <ul>
 *   <li>STAFF and ADMIN: the institutions in their jurisdiction; they register, correct, change status, link
 *       accounts and record served persons.</li>
 *   <li>GRASSROOTS and VIEWER: the same institutions, read only.</li>
 *   <li>INSTITUTION (without a staff-side role): only the institution staff linked the account to; it records
 *       its own served persons there.</li>
 *   <li>EMPLOYER and PERSON: nothing.</li>
 * </ul>
 * What the caller may not see answers 404, the same as what does not exist.
 */
@Component
public class InstitutionAccess {

    private final InstitutionRepository institutions;
    private final InstitutionAccounts accounts;

    InstitutionAccess(InstitutionRepository institutions, InstitutionAccounts accounts) {
        this.institutions = institutions;
        this.accounts = accounts;
    }

    public static boolean staffSide(UserAccount user) {
        return user.roles().stream().anyMatch(Role::staffSide);
    }

    /** An outside INSTITUTION account: its own institution and nothing else. */
    public static boolean ownOnly(UserAccount user) {
        return !staffSide(user) && user.roles().contains(Role.INSTITUTION);
    }

    public static boolean mayEdit(UserAccount user) {
        return user.roles().contains(Role.STAFF) || user.roles().contains(Role.ADMIN);
    }

    /** The institution if this user may see it; otherwise {@link InstitutionNotFoundException}. */
    public Institution visible(long id, UserAccount user, Jurisdiction jurisdiction) {
        if (staffSide(user)) {
            return institutions.find(id, jurisdiction).orElseThrow(() -> new InstitutionNotFoundException(id));
        }
        if (user.roles().contains(Role.INSTITUTION)) {
            return accounts.institutionOf(user).filter(i -> i.id() == id).orElseThrow(() -> new InstitutionNotFoundException(id));
        }
        throw new InstitutionNotFoundException(id);
    }

    /** The institution if this user may change it (registry fields: staff only); otherwise 404. */
    public Institution editable(long id, UserAccount user, Jurisdiction jurisdiction) {
        if (!mayEdit(user)) {
            throw new InstitutionNotFoundException(id);
        }
        return visible(id, user, jurisdiction);
    }

    /** The institution if this user may record its served persons: staff who edit, or its own account. */
    public Institution servable(long id, UserAccount user, Jurisdiction jurisdiction) {
        if (mayEdit(user) || ownOnly(user)) {
            return visible(id, user, jurisdiction);
        }
        throw new InstitutionNotFoundException(id);
    }
}
