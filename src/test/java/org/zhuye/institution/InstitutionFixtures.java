package org.zhuye.institution;

import java.time.LocalDate;
import java.util.List;

import org.zhuye.account.AccountFixtures;
import org.zhuye.employer.TestCreditCodes;
import org.zhuye.institution.registry.InstitutionInput;
import org.zhuye.institution.registry.InstitutionRegistry;
import org.zhuye.person.PersonInput;
import org.zhuye.person.PersonRegistry;
import org.zhuye.person.PersonTestNumbers;
import org.zhuye.region.Jurisdiction;

/** Institutions and persons for the institution tests, through the real services. */
final class InstitutionFixtures {

    static final Jurisdiction HONGSHAN = Jurisdiction.of("150402000000");
    static final String VILLAGE = "150402001001";

    private InstitutionFixtures() {
    }

    static InstitutionInput input(InstitutionKind kind, String name, int capacity, LocalDate openedOn) {
        return new InstitutionInput(kind.name(), name, TestCreditCodes.next("52", "150402"), VILLAGE, "红山区某街1号",
                String.valueOf(capacity), List.of("ENTRANCE"), "乌兰", "13900001111", openedOn.toString());
    }

    static long register(AccountFixtures accounts, InstitutionKind kind, String name, int capacity, LocalDate openedOn) {
        return accounts.bean(InstitutionRegistry.class).register(input(kind, name, capacity, openedOn), HONGSHAN);
    }

    /** A person of the given 残疾类别 in the village, registered as the province admin. */
    static long person(AccountFixtures accounts, int category, String name) {
        return accounts.bean(PersonRegistry.class).register(new PersonInput(PersonTestNumbers.next(category, 2), name,
                null, null, VILLAGE, "农村", null, null, null, null, null, null, null, null), Jurisdiction.of("15"));
    }
}
