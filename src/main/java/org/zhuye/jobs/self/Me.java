package org.zhuye.jobs.self;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.person.Person;
import org.zhuye.person.PersonAccounts;

/**
 * The signed-in PERSON account's own registry person. These pages take no person id from the URL at
 * all: "me" is only ever the bound person, so no address can show another's record. Any other role
 * gets 404, as for a page that does not exist for it.
 */
@Component
class Me {

    private final PersonAccounts accounts;

    Me(PersonAccounts accounts) {
        this.accounts = accounts;
    }

    /** The bound person, or empty when the account is not bound yet (the page then sends it to /me/bind). */
    Optional<Person> of(UserAccount user) {
        if (!isPerson(user)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return accounts.personOf(user);
    }

    static boolean isPerson(UserAccount user) {
        return user.roles().contains(Role.PERSON) && user.roles().stream().noneMatch(Role::staffSide);
    }
}
