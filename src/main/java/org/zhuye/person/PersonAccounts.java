package org.zhuye.person;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.region.Jurisdiction;

/**
 * PERSON-role accounts and the registry person each acts for (table {@code person_account}).
 * Self-service pages of every module find "me" here; the person's own village is the only
 * jurisdiction such an account ever reads with ({@link #scopeOf}).
 */
@Service
public class PersonAccounts {

    private final JdbcClient jdbc;
    private final PersonRepository persons;

    PersonAccounts(JdbcClient jdbc, PersonRepository persons) {
        this.jdbc = jdbc;
        this.persons = persons;
    }

    /**
     * The person a PERSON-role user acts for: empty if the account is not bound, or no longer holds
     * the PERSON role, or the person was merged away (the binding then waits for staff to move it).
     */
    public Optional<Person> personOf(UserAccount user) {
        if (!user.roles().contains(Role.PERSON)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT pa.person_id, p.region_code FROM person_account pa JOIN person p ON p.id = pa.person_id
                        WHERE pa.user_id = ? AND p.merged_into IS NULL""")
                .param(user.id())
                .query((rs, i) -> persons.find(rs.getLong(1), Jurisdiction.of(rs.getString(2))))
                .optional().flatMap(found -> found);
    }

    /** The jurisdiction a bound person's own reads use: their own registered place. */
    public static Jurisdiction scopeOf(Person person) {
        return Jurisdiction.of(person.regionCode());
    }
}
