package org.zhuye.person;

import org.zhuye.account.AccountFixtures;
import org.zhuye.region.Jurisdiction;

/** Valid unused certificate numbers and ready persons for tests in other packages. */
public final class PersonTestNumbers {

    private PersonTestNumbers() {
    }

    public static String next(int category, int grade) {
        return PersonRegistryTest.newCertificate(category, grade);
    }

    /** Another person born on the same day in the same county, so the registry flags the two as possible duplicates. */
    public static String sameBirthday(String certificate, int sequenceShift, String categoryAndGrade) {
        return PersonRegistryTest.sameBirthday(certificate, sequenceShift, categoryAndGrade);
    }

    /** A complete input for a town resident of 新城区 with the given certificate number. */
    public static PersonInput input(String certificate, String name) {
        return PersonRegistryTest.input(certificate, name);
    }

    /** Registers a person in the given village through the real registry, as the province admin. */
    public static long register(AccountFixtures accounts, String name, String villageCode) {
        PersonRegistry registry = accounts.bean(PersonRegistry.class);
        return registry.register(new PersonInput(next(4, 3), name, null, null, villageCode, "农村", null, null, null,
                null, null, null, null, null), Jurisdiction.of("15"));
    }
}
