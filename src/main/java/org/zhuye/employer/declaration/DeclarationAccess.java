package org.zhuye.employer.declaration;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.Employer;
import org.zhuye.employer.EmployerAccounts;
import org.zhuye.employer.EmployerNotFoundException;
import org.zhuye.employer.EmployerRepository;
import org.zhuye.region.Jurisdiction;

/**
 * Who sees and does what with declarations, for pages and API alike.
 * <ul>
 *   <li>EMPLOYER (without a staff-side role): the declarations of its own unit; drafts and submits them.</li>
 *   <li>STAFF and ADMIN: every unit registered in their jurisdiction; they may enter and submit on a
 *       unit's behalf, and review (return or confirm) if their level is one the year's parameters allow.</li>
 *   <li>VIEWER and GRASSROOTS: read the same declarations.</li>
 *   <li>INSTITUTION and PERSON: nothing.</li>
 * </ul>
 * A declaration the caller may not see answers 404, as a missing one does.
 */
@Component
class DeclarationAccess {

    private final EmployerAccounts accounts;
    private final EmployerRepository employers;

    DeclarationAccess(EmployerAccounts accounts, EmployerRepository employers) {
        this.accounts = accounts;
        this.employers = employers;
    }

    static boolean staffSide(UserAccount user) {
        return user.roles().stream().anyMatch(Role::staffSide);
    }

    static boolean staffEditor(UserAccount user) {
        return user.roles().contains(Role.STAFF) || user.roles().contains(Role.ADMIN);
    }

    /** The area and, for an employer account, the one unit the user's declarations come from. */
    Scope scope(UserAccount user, Jurisdiction jurisdiction) {
        if (staffSide(user)) {
            return new Scope(jurisdiction, null);
        }
        if (user.roles().contains(Role.EMPLOYER)) {
            // The link staff set is an employer account's whole scope, wherever its unit is registered.
            return accounts.unitOf(user).map(unit -> new Scope(Jurisdiction.of(unit.regionCode()), unit.id()))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "您的账号尚未绑定用人单位，请联系残联工作人员"));
        }
        throw new ResponseStatusException(HttpStatus.FORBIDDEN, "您的角色无权查看年审申报");
    }

    Declaration visible(long id, DeclarationRepository declarations, UserAccount user, Jurisdiction jurisdiction) {
        Scope scope = scope(user, jurisdiction);
        return declarations.find(id, scope.jurisdiction())
                .filter(d -> scope.employerId() == null || d.employerId() == scope.employerId())
                .orElseThrow(() -> new DeclarationNotFoundException(id));
    }

    /** The unit a new declaration is for: an employer account's own, or one in the staff member's jurisdiction. */
    Employer unitToFileFor(Long employerId, UserAccount user, Jurisdiction jurisdiction) {
        if (staffEditor(user)) {
            if (employerId == null) {
                throw DeclarationRuleException.of("employerId", "请选择要代为申报的用人单位");
            }
            return employers.find(employerId, jurisdiction).orElseThrow(() -> new EmployerNotFoundException(employerId));
        }
        if (!staffSide(user) && user.roles().contains(Role.EMPLOYER)) {
            Employer own = accounts.unitOf(user).orElseThrow(() ->
                    new ResponseStatusException(HttpStatus.FORBIDDEN, "您的账号尚未绑定用人单位，请联系残联工作人员"));
            if (employerId != null && employerId != own.id()) {
                throw new EmployerNotFoundException(employerId);
            }
            return own;
        }
        throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有用人单位账号或残联工作人员可以填报年审申报");
    }

    /** The unit of a declaration, as the caller sees it. */
    Employer unitOf(Declaration declaration, UserAccount user, Jurisdiction jurisdiction) {
        return employers.find(declaration.employerId(), scope(user, jurisdiction).jurisdiction())
                .orElseThrow(() -> new DeclarationNotFoundException(declaration.id()));
    }

    /** The unit itself, or staff who may enter on its behalf. */
    static boolean mayFile(UserAccount user, Declaration declaration, Long ownUnit) {
        return staffEditor(user) || (ownUnit != null && ownUnit == declaration.employerId());
    }

    static boolean mayReview(UserAccount user, DeclarationRules rules) {
        return staffEditor(user) && rules.reviewLevel().allows(user.jurisdiction().level());
    }

    record Scope(Jurisdiction jurisdiction, Long employerId) {
    }
}
