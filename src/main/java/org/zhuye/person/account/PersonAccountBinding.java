package org.zhuye.person.account;

import java.util.EnumSet;
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
import org.zhuye.person.Person;
import org.zhuye.person.PersonNotFoundException;
import org.zhuye.person.PersonRepository;
import org.zhuye.person.PersonRuleException;
import org.zhuye.region.Jurisdiction;

/**
 * 本人账号 on the person page: staff bind an existing PERSON account of their jurisdiction to a person of
 * their jurisdiction, unbind it, or lift a self-binding lock; an administrator may also create the account
 * there through {@link UserAdministration} (the account rules stay: only administrators create accounts),
 * registered at the person's village and bound in the same transaction — the shape of
 * {@code employer.EmployerAccounts}. Binds and unbinds are audited on the person.
 */
@Service
public class PersonAccountBinding {

    private final PersonRepository persons;
    private final PersonAccountLinks links;
    private final BindingFailures failures;
    private final UserRepository users;
    private final LinkableAccounts linkable;
    private final UserAdministration administration;
    private final AuditTrail audit;

    PersonAccountBinding(PersonRepository persons, PersonAccountLinks links, BindingFailures failures,
                         UserRepository users, UserAdministration administration, AuditTrail audit, LinkableAccounts linkable) {
        this.linkable = linkable;
        this.persons = persons;
        this.links = links;
        this.failures = failures;
        this.users = users;
        this.administration = administration;
        this.audit = audit;
    }

    /** The person's bound account, as far as the caller's jurisdiction shows it (null account outside it). */
    public Optional<BoundAccount> accountOf(long personId, Jurisdiction jurisdiction) {
        return links.findForPerson(personId, jurisdiction)
                .map(link -> new BoundAccount(link, users.find(link.userId(), jurisdiction).orElse(null)));
    }

    /** Binds an existing PERSON account, found by user name inside the caller's jurisdiction. */
    @Transactional
    public void bind(long personId, String username, Jurisdiction jurisdiction) {
        Person person = bindable(personId, jurisdiction);
        insert(personAccount(username, jurisdiction), person);
    }

    /**
     * Creates a PERSON account registered at the person's village and binds it, in one transaction.
     * Returns the temporary password, which the person must change at first sign-in.
     */
    @Transactional
    public String createAndBind(UserAccount admin, long personId, String username, String displayName,
                                Jurisdiction jurisdiction) {
        Person person = bindable(personId, jurisdiction);
        String password = PasswordGenerator.temporary();
        long userId;
        try {
            userId = administration.create(admin, new NewUser(username == null ? "" : username.strip(),
                    displayName == null || displayName.isBlank() ? person.name() : displayName.strip(),
                    EnumSet.of(Role.PERSON), person.regionCode()), password);
        } catch (AccountRuleException e) {
            throw new PersonRuleException(e.fieldErrorsAs("newUsername", "newDisplayName", "newAccount"));
        }
        insert(users.find(userId, jurisdiction).orElseThrow(), person);
        return password;
    }

    @Transactional
    public void unbind(long personId, long userId, Jurisdiction jurisdiction) {
        Person person = persons.require(personId, jurisdiction);
        if (!links.delete(userId, personId)) {
            throw new PersonNotFoundException(personId);
        }
        String username = users.find(userId, jurisdiction).map(UserAccount::username).orElse("#" + userId);
        audit.record(AuditEntry.of(AuditAction.PERSON_ACCOUNT_UNBOUND, "person", String.valueOf(personId),
                person.regionCode()).withDetail(username));
    }

    /**
     * Lifts the self-binding lock of a PERSON account of the jurisdiction (the person came to the office and
     * staff saw the certificate, but the registry's phone must be corrected first, say). Audited on the account.
     */
    @Transactional
    public void resetTries(String username, Jurisdiction jurisdiction) {
        UserAccount account = personAccount(username, jurisdiction);
        int cleared = failures.clear(account.id());
        audit.record(AuditEntry.of(AuditAction.USER_UNLOCKED, "user", account.username(), account.regionCode())
                .withDetail("解除自助绑定锁定（清除 " + cleared + " 次未通过的核验）"));
    }

    private Person bindable(long personId, Jurisdiction jurisdiction) {
        Person person = persons.require(personId, jurisdiction);
        if (person.merged()) {
            throw new PersonRuleException(Map.of("username", "此记录已合并到人员 " + person.mergedInto() + "，请在保留的记录上绑定账号"));
        }
        return person;
    }

    private UserAccount personAccount(String username, Jurisdiction jurisdiction) {
        try {
            return linkable.find(username, Role.PERSON, "本人账号", jurisdiction);
        } catch (AccountRuleException e) {
            throw new PersonRuleException(e.fieldErrors());
        }
    }

    private void insert(UserAccount account, Person person) {
        Optional<Long> bound = links.findPersonIdOf(account.id());
        if (bound.isPresent()) {
            throw new PersonRuleException(Map.of("username", bound.get() == person.id()
                    ? "账号“" + account.username() + "”已绑定此人"
                    : "账号“" + account.username() + "”已绑定其他人员，一个账号只能绑定一人，须先在原人员页解除"));
        }
        if (links.isBound(person.id())) {
            throw new PersonRuleException(Map.of("username", "此人已绑定其他账号，一人只能绑定一个账号，须先解除原绑定"));
        }
        try {
            links.insert(account.id(), person.id(), AuditTrail.currentActor());
        } catch (DuplicateKeyException e) {
            throw new PersonRuleException(Map.of("username", "账号“" + account.username() + "”或此人刚刚已被绑定，请刷新后查看"));
        }
        // Staff saw the person: whatever self-binding tries failed before no longer lock anything.
        failures.clear(account.id());
        audit.record(AuditEntry.of(AuditAction.PERSON_ACCOUNT_BOUND, "person", String.valueOf(person.id()),
                person.regionCode()).withDetail(account.username()));
    }

    /** A binding with its account, or a null account when that account lies outside the caller's jurisdiction. */
    public record BoundAccount(PersonAccountLinks.Link link, UserAccount account) {
    }
}
