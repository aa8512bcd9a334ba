package org.zhuye.jobs.referral;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.EmployerInput;
import org.zhuye.employer.EmployerRegistry;
import org.zhuye.employer.TestCreditCodes;
import org.zhuye.region.Jurisdiction;

/**
 * Units, published postings and PERSON bindings for referral tests. Postings and bindings are plain
 * INSERTs: their services belong to other parts of the jobs module.
 */
@Component
public class ReferralFixtures {

    private final JdbcClient jdbc;
    private final EmployerRegistry employers;

    ReferralFixtures(JdbcClient jdbc, EmployerRegistry employers) {
        this.jdbc = jdbc;
        this.employers = employers;
    }

    public long employer(String name, String village) {
        return employers.register(new EmployerInput(TestCreditCodes.next(), name, "PRIVATE_ENTERPRISE", null, null, null,
                "C", village, null, null), Jurisdiction.of("15"));
    }

    /** A published posting of the unit at {@code village}, open for a month, 就业形式 1 (按比例就业). */
    public long posting(long employerId, String title, String village, int headcount, int wageMin) {
        return posting(employerId, title, village, headcount, wageMin, LocalDate.now().minusYears(2));
    }

    public long posting(long employerId, String title, String village, int headcount, int wageMin, LocalDate publishedOn) {
        return jdbc.sql("""
                        INSERT INTO job_posting (employer_id, title, occupation_code, occupation_label, headcount, region_code,
                            work_mode, employment_form, hours_per_week, wage_min, wage_max, contract_type, social_insurance,
                            demands, open_until, status, published_on, created_by, updated_by)
                        VALUES (?, ?, '4-01', '4-01 批发与零售服务人员', ?, ?, 'ON_SITE', '1', 40, ?, ?, 'FIXED_TERM', true,
                            '{0,0,0,0,0,0}', ?, 'PUBLISHED', ?, 'test', 'test') RETURNING id""")
                .params(employerId, title, headcount, village, wageMin, wageMin + 1000,
                        LocalDate.now().plusMonths(1), publishedOn)
                .query(Long.class).single();
    }

    public void linkEmployer(UserAccount account, long employerId) {
        jdbc.sql("INSERT INTO employer_account (user_id, employer_id, linked_by) VALUES (?, ?, 'test')")
                .params(account.id(), employerId).update();
    }

    public void bindPerson(UserAccount account, long personId) {
        jdbc.sql("INSERT INTO person_account (user_id, person_id, bound_by) VALUES (?, ?, 'test')")
                .params(account.id(), personId).update();
    }

    public void exposure(long postingId, long personId) {
        jdbc.sql("INSERT INTO job_exposure (posting_id, person_id, shown_to, shown_by) VALUES (?, ?, 'STAFF', 'test')")
                .params(postingId, personId).update();
    }
}
