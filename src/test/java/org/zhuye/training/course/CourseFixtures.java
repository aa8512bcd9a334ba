package org.zhuye.training.course;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.TestCreditCodes;
import org.zhuye.person.PersonTestNumbers;
import org.zhuye.region.Jurisdiction;
import org.zhuye.training.provider.ProviderInput;
import org.zhuye.training.provider.Providers;

/**
 * Providers, persons and courses for the course tests through the real services; institutions and their
 * accounts are plain INSERTs (the institution registry is another part's).
 */
public final class CourseFixtures {

    private final AccountFixtures accounts;
    private final JdbcClient jdbc;

    public CourseFixtures(AccountFixtures accounts) {
        this.accounts = accounts;
        this.jdbc = accounts.bean(JdbcClient.class);
    }

    /** An outside school registered by the province administrator. */
    public long school(String name, String regionCode) {
        return accounts.bean(Providers.class).register(new ProviderInput(null, name, TestCreditCodes.next(), regionCode,
                "联系人", "13800001111"), accounts.provinceAdmin(), Jurisdiction.of("15"));
    }

    public long person(String name, String village) {
        return PersonTestNumbers.register(accounts, name, village);
    }

    /** One of our institutions of the kind, by INSERT. */
    public long institution(String name, String kind, String regionCode) {
        return jdbc.sql("""
                        INSERT INTO institution (kind, name, region_code, address, capacity, opened_on, created_by, updated_by)
                        VALUES (?, ?, ?, '测试地址1号', 50, DATE '2020-01-01', 'test', 'test') RETURNING id""")
                .params(kind, name, regionCode).query(Long.class).single();
    }

    /** An INSTITUTION account linked to the institution. */
    public UserAccount institutionAccount(long institutionId, String regionCode) {
        UserAccount account = accounts.create("course-inst", regionCode, Role.INSTITUTION);
        jdbc.sql("INSERT INTO institution_account (user_id, institution_id, linked_by) VALUES (?, ?, 'test')")
                .params(account.id(), institutionId).update();
        return account;
    }

    /** An institution that is a provider, with its account. */
    public Owned institutionProvider(String name, String regionCode) {
        long institution = institution(name, "TRAINING_BASE", regionCode);
        long provider = accounts.bean(Providers.class).register(new ProviderInput(String.valueOf(institution), null, null, null,
                "培训部", "04712345678"), accounts.provinceAdmin(), Jurisdiction.of("15"));
        return new Owned(institution, provider, institutionAccount(institution, regionCode));
    }

    public record Owned(long institutionId, long providerId, UserAccount account) {
    }

    public void bindPerson(UserAccount account, long personId) {
        jdbc.sql("INSERT INTO person_account (user_id, person_id, bound_by) VALUES (?, ?, 'test')")
                .params(account.id(), personId).update();
    }

    /** A complete application (plan, teacher, assessment method) held at {@code place}. */
    public static CourseInput course(long providerId, String title, String place, LocalDate start, LocalDate end) {
        return new CourseInput(String.valueOf(providerId), "VOCATIONAL", title, "4-10", "ON_SITE", place, "培训楼2层",
                start.toString(), end.toString(), "40", "3", "1500", "理论与实操各半", List.of(new Teacher("赵老师", "保健按摩师二级")),
                "实操考核");
    }

    public static CourseInput withoutApplication(long providerId, String title, String place, LocalDate start, LocalDate end) {
        return new CourseInput(String.valueOf(providerId), "PRACTICAL", title, null, "ONLINE", place, null,
                start.toString(), end.toString(), "20", "3", "0", null, List.of(), null);
    }
}
