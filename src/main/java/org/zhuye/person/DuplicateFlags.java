package org.zhuye.person;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.region.Jurisdiction;

/**
 * Flags potential duplicates: another record with the same name and birth date in the same
 * county (a second record with the same certificate number is refused outright). The flag is
 * placed in the county, whose staff dismiss or merge it.
 */
@Component
class DuplicateFlags {

    private final PersonRepository persons;
    private final JdbcClient jdbc;

    DuplicateFlags(PersonRepository persons, JdbcClient jdbc) {
        this.persons = persons;
        this.jdbc = jdbc;
    }

    void flagLookalikes(long id, PersonData data) {
        String county = data.regionCode().substring(0, 6);
        List<Long> lookalikes = persons.findLookalikes(data.name(), data.certificate().birthDate(), data.regionCode(), id,
                Jurisdiction.of(county));
        for (long other : lookalikes) {
            jdbc.sql("""
                    INSERT INTO duplicate_flag (person_id, other_id, region_code) VALUES (?, ?, ?)
                    ON CONFLICT (person_id, other_id) DO NOTHING
                    """)
                    .params(Math.min(id, other), Math.max(id, other), county + "000000")
                    .update();
        }
    }
}
