package org.zhuye.training.startup;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuye.account.AccountFixtures;
import org.zhuye.employer.TestCreditCodes;
import org.zhuye.person.PersonTestNumbers;

/**
 * Owners, incubators and inputs for business tests. Incubators are plain INSERTs: the institution registry is
 * another part's service.
 */
final class StartupFixtures {

    static final String HONGSHAN = "150402000000";
    static final String VILLAGE = "150402001001";

    private final AccountFixtures accounts;

    StartupFixtures(AccountFixtures accounts) {
        this.accounts = accounts;
    }

    long owner(String name) {
        return PersonTestNumbers.register(accounts, name, VILLAGE);
    }

    long incubator(String name, String regionCode) {
        return accounts.bean(JdbcClient.class).sql("""
                        INSERT INTO institution (kind, name, region_code, address, capacity, opened_on, created_by, updated_by)
                        VALUES ('INCUBATOR', ?, ?, '孵化园1号', 40, DATE '2020-01-01', 'test', 'test') RETURNING id""")
                .params(name, regionCode).query(Long.class).single();
    }

    static String individualCode() {
        return TestCreditCodes.next("92", "150402");
    }

    static BusinessInput input(long personId, String name, LocalDate startedOn) {
        return new BusinessInput(String.valueOf(personId), "INDIVIDUAL", name, individualCode(), "H", startedOn.toString(),
                VILLAGE, "红山区长青街8号", "2", "1", null, null, null);
    }
}
