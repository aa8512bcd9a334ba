package org.zhuye.jobs.fair;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.jobs.ReferralsChanged;
import org.zhuye.employer.EmployerAccounts;
import org.zhuye.employer.EmployerInput;
import org.zhuye.employer.EmployerRegistry;
import org.zhuye.employer.TestCreditCodes;
import org.zhuye.person.Sex;
import org.zhuye.person.overview.OverviewFixtures;
import org.zhuye.region.Jurisdiction;

/**
 * Fairs' tests need units, published postings, persons and accounts. Postings are inserted as published rows and
 * PERSON accounts bound with a plain INSERT, since the posting workflow and the binding service are other parts
 * of the module; a referral is moved to 录用 the same way.
 */
@Component
public class FairFixtures {

    static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    /** 锡林郭勒盟, its 阿巴嘎旗 and a village there, and a village of 苏尼特左旗: no other test registers persons there. */
    static final String LEAGUE = "152500000000";
    static final String COUNTY = "152522000000";
    static final String VILLAGE = "152522100001";
    static final String OTHER_VILLAGE = "152523100001";
    static final LocalDate TODAY = LocalDate.now();

    private final AccountFixtures accounts;
    private final OverviewFixtures people;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    FairFixtures(AccountFixtures accounts, OverviewFixtures people, JdbcClient jdbc,
                 ApplicationEventPublisher events) {
        this.events = events;
        this.accounts = accounts;
        this.people = people;
        this.jdbc = jdbc;
    }

    public UserAccount staff(String region) {
        return accounts.create("fair-staff", region, Role.STAFF);
    }

    public long unit(String name, String region) {
        return accounts.bean(EmployerRegistry.class).register(new EmployerInput(TestCreditCodes.next(), name,
                "STATE_OWNED_ENTERPRISE", null, null, null, "S", region, null, null), PROVINCE);
    }

    public UserAccount employerAccount(long unit, String region) {
        UserAccount account = accounts.create("fair-unit", region, Role.EMPLOYER);
        accounts.bean(EmployerAccounts.class).link(unit, account.username(), PROVINCE);
        return account;
    }

    public long person(String village) {
        return people.register(village, LocalDate.parse("1990-03-03"), Sex.FEMALE, 1, 3);
    }

    /** A PERSON account bound to the person by a plain row (the binding service is not this part's). */
    public UserAccount personAccount(long personId, String village) {
        UserAccount account = accounts.create("fair-person", village, Role.PERSON);
        jdbc.sql("INSERT INTO person_account (user_id, person_id, bound_by) VALUES (?, ?, 'test')")
                .params(account.id(), personId).update();
        return account;
    }

    /** A published posting of the unit, open until {@code openUntil}. */
    public long publishedPosting(long employerId, String region, String title, LocalDate openUntil) {
        return jdbc.sql("""
                        INSERT INTO job_posting (employer_id, title, occupation_code, occupation_label, headcount, region_code,
                            work_mode, employment_form, hours_per_week, wage_min, wage_max, contract_type, social_insurance,
                            demands, open_until, status, published_on, created_by, updated_by)
                        VALUES (?, ?, '4-07-05-01', '客户服务管理员', 2, ?, 'ON_SITE', '按比例就业', 40, 3000, 4000, 'FIXED_TERM',
                            true, '{0,0,0,0,0,0}', ?, 'PUBLISHED', ?, 'test', 'test') RETURNING id""")
                .params(employerId, title, region, openUntil, LocalDate.now().minusYears(3))
                .query(Long.class).single();
    }

    /** Moves a referral to 录用 on {@code day} (the referral steps are another part's). */
    public void hired(long referralId, LocalDate day) {
        long person = jdbc.sql("UPDATE job_referral SET status = 'HIRED', status_on = ? WHERE id = ? RETURNING person_id")
                .params(day, referralId).query(Long.class).single();
        events.publishEvent(ReferralsChanged.of(person));  // written with plain SQL, so the index is told
    }

    public static FairInput fair(String title, String region, String kind, LocalDate from, LocalDate to, List<String> zones) {
        return new FairInput(title, region, kind, false, from.toString(), to.toString(), "会展中心", zones, "7", null);
    }
}
