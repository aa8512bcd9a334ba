package org.zhuye.training.person;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.person.Person;
import org.zhuye.person.PersonRepository;
import org.zhuye.region.Jurisdiction;
import org.zhuye.training.PersonTrainingSection;
import org.zhuye.training.figures.TrainingCounts;

/**
 * {@code /persons/{id}/training}: a person's 培训、证书与创业, staff side, the person in the viewer's jurisdiction.
 * The parts come from {@link PersonTrainingSection} beans; the page adds the person's person-times, counted by
 * {@link TrainingCounts} as every figure is.
 */
@Controller
class PersonTrainingController {

    private final PersonRepository persons;
    private final TrainingCounts counts;
    private final List<PersonTrainingSection> sections;

    PersonTrainingController(PersonRepository persons, TrainingCounts counts, List<PersonTrainingSection> sections) {
        this.persons = persons;
        this.counts = counts;
        this.sections = sections;
    }

    @GetMapping("/persons/{id}/training")
    String show(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction, Model model) {
        if (user.roles().stream().noneMatch(Role::staffSide)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Person person = persons.require(id, jurisdiction);
        model.addAttribute("person", person);
        model.addAttribute("personTimes", counts.ofPerson(id, jurisdiction));
        sections.forEach(section -> section.addTo(id, jurisdiction, model));
        return "training/person";
    }
}
