package org.zhuye.monitoring.casework;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhuye.person.Person;
import org.zhuye.person.PersonRepository;
import org.zhuye.region.Jurisdiction;

/**
 * Persons of a page of records as the registry's lists show them: name and masked certificate number. Only the
 * page's persons are read, after the figure was counted without them.
 */
@Component
class PersonLabels {

    private final PersonRepository persons;

    PersonLabels(PersonRepository persons) {
        this.persons = persons;
    }

    /** Labels of the persons among {@code ids} within the jurisdiction; one gone since (merged, moved out) is "人员 {id}". */
    Map<Long, String> of(Collection<Long> ids, Jurisdiction jurisdiction) {
        Map<Long, String> labels = new HashMap<>();
        for (Person p : persons.findAll(ids, jurisdiction)) {
            labels.put(p.id(), p.name() + "（" + p.certificateMasked() + "）");
        }
        ids.forEach(id -> labels.putIfAbsent(id, "人员 " + id));
        return labels;
    }
}
