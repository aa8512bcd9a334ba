package org.zhuye.jobs.posting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.EmployerAccounts;
import org.zhuye.employer.EmployerInput;
import org.zhuye.employer.EmployerRegistry;
import org.zhuye.employer.TestCreditCodes;
import org.zhuye.region.Jurisdiction;

/** Units, their EMPLOYER accounts and postings for the posting tests, through the real services. */
final class PostingFixtures {

    private final AccountFixtures accounts;

    PostingFixtures(AccountFixtures accounts) {
        this.accounts = accounts;
    }

    /** A private firm registered at {@code regionCode} (a county or below). */
    long unit(String name, String regionCode) {
        return accounts.bean(EmployerRegistry.class).register(new EmployerInput(TestCreditCodes.next(), name,
                "PRIVATE_ENTERPRISE", null, null, null, "C", regionCode, null, null), Jurisdiction.of(regionCode.substring(0, 6)));
    }

    /** An EMPLOYER account registered at the unit's place and linked to it. */
    UserAccount employerAccount(long unitId, String regionCode) {
        UserAccount account = accounts.create("jobs-unit", regionCode, Role.EMPLOYER);
        accounts.bean(EmployerAccounts.class).link(unitId, account.username(), Jurisdiction.of(regionCode.substring(0, 6)));
        return account;
    }

    static PostingInput posting(String employerId, String title, String workplace, LocalDate openUntil) {
        return new PostingInput(employerId, title, "4-01", "2", workplace, "工业园区1号", "ON_SITE", "按比例就业", "40",
                "白班 9:00–17:00", "2600", "3600", "FIXED_TERM", "true", "初级中学", List.of("2", "4"),
                List.of("STEP_FREE", "ELEVATOR"), Map.of("lifting", "1", "handWork", "2"), "理货、上架", openUntil.toString());
    }
}
