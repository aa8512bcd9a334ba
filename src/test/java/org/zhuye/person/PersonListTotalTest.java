package org.zhuye.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.employer.declaration.DeclarationFixtures;
import org.zhuye.person.overview.RegionOverview;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.testing.ZhuyeTest;

/**
 * A list asked for a place only takes its total from the overview's snapshot: the same number as counting the
 * registry in SQL, for every level of place, and right after a registration.
 */
@ZhuyeTest
class PersonListTotalTest {

    static final Jurisdiction PROVINCE = Jurisdiction.of("15");

    @Autowired
    PersonListTotal total;
    @Autowired
    PersonRepository persons;
    @Autowired
    RegionOverview overview;
    @Autowired
    AccountFixtures accounts;

    @Test
    void aPlaceOnlyTotalIsTheRegistrysCountAtEveryLevel() {
        snapshotBuilt();
        for (String place : List.of("15", "1508", "150802", "150802001", "150802001001", "1509", "150121")) {
            PersonSearch search = placeOnly(place);
            assertThat(total.of(search, null, LocalDate.now(), PROVINCE)).as(place)
                    .isEqualTo(persons.count(search, null, LocalDate.now(), PROVINCE));
        }
        assertThat(overview.registeredUnder("15")).isPresent();
    }

    @Test
    void aRegistrationIsInTheNextTotal() {
        snapshotBuilt();
        PersonSearch county = placeOnly("150802");
        long before = total.of(county, null, LocalDate.now(), PROVINCE);

        new DeclarationFixtures(accounts).person("总数测试", 4, 2);

        assertThat(total.of(county, null, LocalDate.now(), PROVINCE)).isEqualTo(before + 1)
                .isEqualTo(persons.count(county, null, LocalDate.now(), PROVINCE));
    }

    @Test
    void anyOtherFilterIsCountedInSql() {
        snapshotBuilt();
        new DeclarationFixtures(accounts).person("别名测试", 4, 2);
        PersonSearch named = new PersonSearch("总", null, "150802", null, null, null, null, null, null, 0, 50);
        assertThat(named.placeOnly()).isFalse();
        assertThat(total.of(named, null, LocalDate.now(), PROVINCE))
                .isEqualTo(persons.count(named, null, LocalDate.now(), PROVINCE))
                .isLessThan(total.of(placeOnly("150802"), null, LocalDate.now(), PROVINCE));
    }

    private void snapshotBuilt() {
        overview.find(RegionCode.of("15"), LocalDate.now(), PROVINCE);
    }

    private static PersonSearch placeOnly(String place) {
        return new PersonSearch(null, null, place, null, null, null, null, null, null, 0, 50);
    }
}
