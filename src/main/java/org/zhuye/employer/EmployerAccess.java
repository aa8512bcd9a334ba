package org.zhuye.employer;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.region.Jurisdiction;

/**
 * Who sees and changes which employers, for pages and API alike.
 * <ul>
 *   <li>STAFF and ADMIN: every unit registered in their jurisdiction; they register, correct and link accounts.</li>
 *   <li>VIEWER and GRASSROOTS: the same units, read-only, without the change history. Grassroots
 *       members refer people to local employers, so they may look units up, but employers are not
 *       their data to keep.</li>
 *   <li>EMPLOYER (without a staff-side role): only the unit staff linked the account to; no list.</li>
 *   <li>INSTITUTION and PERSON: nothing.</li>
 * </ul>
 * A unit the caller may not see answers 404, the same as one that does not exist.
 */
@Component
public class EmployerAccess {

    private final EmployerRepository employers;
    private final EmployerAccounts accounts;

    EmployerAccess(EmployerRepository employers, EmployerAccounts accounts) {
        this.employers = employers;
        this.accounts = accounts;
    }

    public static boolean staffSide(UserAccount user) {
        return user.roles().stream().anyMatch(Role::staffSide);
    }

    /** An outside EMPLOYER account: sees its own unit, nothing else. */
    static boolean ownUnitOnly(UserAccount user) {
        return !staffSide(user) && user.roles().contains(Role.EMPLOYER);
    }

    public static boolean mayEdit(UserAccount user) {
        return user.roles().contains(Role.STAFF) || user.roles().contains(Role.ADMIN);
    }

    /** Creating accounts is the account module's rule: administrators only. */
    static boolean mayCreateAccounts(UserAccount user) {
        return user.roles().contains(Role.ADMIN);
    }

    public static void requireEdit(UserAccount user) {
        if (!mayEdit(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有残联工作人员和系统管理员可以登记或修改用人单位");
        }
    }

    /** The unit if this user may see it; otherwise {@link EmployerNotFoundException}. */
    public Employer visible(long id, UserAccount user, Jurisdiction jurisdiction) {
        if (staffSide(user)) {
            return employers.find(id, jurisdiction).orElseThrow(() -> new EmployerNotFoundException(id));
        }
        if (user.roles().contains(Role.EMPLOYER)) {
            return accounts.unitOf(user).filter(e -> e.id() == id).orElseThrow(() -> new EmployerNotFoundException(id));
        }
        throw new EmployerNotFoundException(id);
    }
}
