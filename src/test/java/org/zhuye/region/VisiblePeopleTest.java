package org.zhuye.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class VisiblePeopleTest {

    record Entry(String name, String registeredIn) {
    }

    @Test
    void peopleRegisteredOutsideTheJurisdictionAreCountedAndEntriesWithoutARegistryRecordStayVisible() {
        List<Entry> household = List.of(new Entry("户主", "150102001001"), new Entry("邻街", "150102002001"),
                new Entry("无证家属", null), new Entry("外区", "150203001015"));

        VisiblePeople<Entry> village = VisiblePeople.of(household, Entry::registeredIn, Jurisdiction.of("150102001"));
        assertThat(village.visible()).extracting(Entry::name).containsExactly("户主", "无证家属");
        assertThat(village.hidden()).isEqualTo(2);

        VisiblePeople<String> county = VisiblePeople.of(household, Entry::registeredIn, Jurisdiction.of("150102")).map(Entry::name);
        assertThat(county.visible()).containsExactly("户主", "邻街", "无证家属");
        assertThat(county.hidden()).isEqualTo(1);
    }
}
