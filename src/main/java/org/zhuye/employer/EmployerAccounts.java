package org.zhuye.employer;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuye.account.AccountRuleException;
import org.zhuye.account.LinkableAccounts;
import org.zhuye.account.NewUser;
import org.zhuye.account.PasswordGenerator;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.account.UserAdministration;
import org.zhuye.account.UserRepository;
import org.zhuye.audit.AuditAction;
import org.zhuye.audit.AuditEntry;
import org.zhuye.audit.AuditTrail;
import org.zhuye.region.Jurisdiction;

/**
 * EMPLOYER-role accounts and their unit. Staff link an existing account from their jurisdiction;
 * an administrator may also create one on the spot through {@link UserAdministration}, which
 * applies the account rules (only administrators create accounts). Links and unlinks are audited
 * on the unit.
 */
@Service
public class EmployerAccounts {

    private final EmployerRepository employers;
    private final EmployerAccountLinks links;
    private final UserRepository users;
    private final LinkableAccounts linkable;
    private final UserAdministration administration;
    private final AuditTrail audit;

    EmployerAccounts(EmployerRepository employers, EmployerAccountLinks links, UserRepository users,
                     UserAdministration administration, AuditTrail audit, LinkableAccounts linkable) {
        this.linkable = linkable;
        this.employers = employers;
        this.links = links;
        this.users = users;
        this.administration = administration;
        this.audit = audit;
    }

    /**
     * The unit an EMPLOYER-role user acts for: empty if staff have not linked one, or if the user
     * no longer holds the EMPLOYER role.
     */
    public Optional<Employer> unitOf(UserAccount user) {
        if (!user.roles().contains(Role.EMPLOYER)) {
            return Optional.empty();
        }
        return employers.findLinkedTo(user.id());
    }

    /** The accounts linked to a unit, as far as the caller's jurisdiction shows them. */
    public List<LinkedAccount> accountsOf(long employerId, Jurisdiction jurisdiction) {
        return links.findForEmployer(employerId, jurisdiction).stream()
                .map(link -> new LinkedAccount(link, users.find(link.userId(), jurisdiction).orElse(null)))
                .toList();
    }

    /** Links an existing EMPLOYER account, found by user name inside the caller's jurisdiction. */
    @Transactional
    public void link(long employerId, String username, Jurisdiction jurisdiction) {
        Employer employer = employers.find(employerId, jurisdiction).orElseThrow(() -> new EmployerNotFoundException(employerId));
        UserAccount account;
        try {
            account = linkable.find(username, Role.EMPLOYER, "单位账号", jurisdiction);
        } catch (AccountRuleException e) {
            throw new EmployerRuleException(e.fieldErrors());
        }
        insertLink(account, employer);
    }

    /**
     * Creates an EMPLOYER account registered at the unit's place and links it, in one transaction.
     * Returns the temporary password, which the user must change at first sign-in.
     */
    @Transactional
    public String createAndLink(UserAccount admin, long employerId, String username, String displayName,
                                Jurisdiction jurisdiction) {
        Employer employer = employers.find(employerId, jurisdiction).orElseThrow(() -> new EmployerNotFoundException(employerId));
        String password = PasswordGenerator.temporary();
        long userId;
        try {
            userId = administration.create(admin, new NewUser(username == null ? "" : username.strip(),
                    displayName == null ? "" : displayName.strip(), EnumSet.of(Role.EMPLOYER), employer.regionCode()), password);
        } catch (AccountRuleException e) {
            throw new EmployerRuleException(e.fieldErrorsAs("newUsername", "newDisplayName", "newAccount"));
        }
        insertLink(users.find(userId, jurisdiction).orElseThrow(), employer);
        return password;
    }

    @Transactional
    public void unlink(long employerId, long userId, Jurisdiction jurisdiction) {
        Employer employer = employers.find(employerId, jurisdiction).orElseThrow(() -> new EmployerNotFoundException(employerId));
        if (!links.delete(userId, employerId)) {
            throw new EmployerNotFoundException(employerId);
        }
        String username = users.find(userId, jurisdiction).map(UserAccount::username).orElse("#" + userId);
        audit.record(AuditEntry.of(AuditAction.EMPLOYER_ACCOUNT_UNLINKED, "employer", String.valueOf(employerId),
                employer.regionCode()).withDetail(username));
    }

    private void insertLink(UserAccount account, Employer employer) {
        Optional<Long> linked = links.findEmployerIdOf(account.id());
        if (linked.isPresent()) {
            throw new EmployerRuleException(Map.of("username", linked.get() == employer.id()
                    ? "账号“" + account.username() + "”已绑定本单位"
                    : "账号“" + account.username() + "”已绑定其他单位（单位编号 " + linked.get() + "），一个账号只能绑定一个单位，须先在原单位解除"));
        }
        try {
            links.insert(account.id(), employer.id(), AuditTrail.currentActor());
        } catch (DuplicateKeyException e) {
            throw new EmployerRuleException(Map.of("username", "账号“" + account.username() + "”刚刚已被绑定，请刷新后查看"));
        }
        audit.record(AuditEntry.of(AuditAction.EMPLOYER_ACCOUNT_LINKED, "employer", String.valueOf(employer.id()),
                employer.regionCode()).withDetail(account.username()));
    }

    /** A link with its account, or a null account when that account lies outside the caller's jurisdiction. */
    public record LinkedAccount(EmployerAccountLinks.Link link, UserAccount account) {
    }
}
