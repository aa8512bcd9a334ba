package org.zhuye.institution.rating;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;

/**
 * Institutions and their served persons for rating tests, as plain INSERTs: the registry of institutions is
 * another part of the module. Persons are registered through the registry's own fixture. Tests rate a kind
 * and year no other test uses, since the baseline is every institution of the kind in the province.
 */
@Component
public class RatingFixtures {

    /** 阿荣旗 (呼伦贝尔市), a village there, and 莫力达瓦旗 next to it: no other test registers persons there. */
    public static final String COUNTY = "150721000000";
    public static final String VILLAGE = "150721100001";
    public static final String OTHER_COUNTY = "150722000000";

    private final JdbcClient jdbc;
    private final AccountFixtures accounts;
    private final OverviewFixtures people;

    RatingFixtures(JdbcClient jdbc, AccountFixtures accounts, OverviewFixtures people) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.people = people;
    }

    public UserAccount staff(String region) {
        return accounts.create("rating-staff", region, Role.STAFF);
    }

    public UserAccount account(String region, Role role) {
        return accounts.create("rating-" + role.name().toLowerCase(), region, role);
    }

    public long institution(String kind, String name, String region, int capacity) {
        return jdbc.sql("""
                        INSERT INTO institution (kind, name, region_code, address, capacity, opened_on, created_by, updated_by)
                        VALUES (?, ?, ?, '测试地址', ?, DATE '2015-01-01', 'test', 'test') RETURNING id""")
                .params(kind, name, region, capacity)
                .query(Long.class).single();
    }

    public void linkAccount(UserAccount account, long institutionId) {
        jdbc.sql("INSERT INTO institution_account (user_id, institution_id, linked_by) VALUES (?, ?, 'test')")
                .params(account.id(), institutionId).update();
    }

    public long person(LocalDate birth, int category, int grade) {
        return person(VILLAGE, birth, category, grade);
    }

    public long person(String village, LocalDate birth, int category, int grade) {
        return people.register(village, birth, Sex.FEMALE, category, grade);
    }

    /** A span of service from {@code from}; ended on {@code until} for {@code reason} when given. */
    public void serves(long institutionId, long personId, LocalDate from, LocalDate until, String reason) {
        jdbc.sql("""
                        INSERT INTO institution_person (institution_id, person_id, service, from_on, until_on, end_reason,
                                                        created_by, updated_by)
                        VALUES (?, ?, 'OTHER', ?, ?, ?, 'test', 'test')""")
                .params(institutionId, personId, from, until, reason)
                .update();
    }

    /** The registry records the person in work (灵活就业) from {@code day}. */
    public void employed(long personId, LocalDate day) {
        people.employed(personId, day.toString(), false);
    }
}
