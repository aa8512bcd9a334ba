package org.zhuye.casework.demand;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.zhuye.casework.CaseworkCodes;
import org.zhuye.person.Person;

/**
 * What the demand form's fields ({@code casework/demand-form :: fields}) need, for a worker's form and the
 * person's own alike: the answers, the errors, and the choices — occupations, hours, needs and the places
 * this person may name.
 */
@Component
class DemandFormModel {

    private final CaseworkCodes codes;
    private final OccupationClasses occupations;
    private final DemandPlaces places;

    DemandFormModel(CaseworkCodes codes, OccupationClasses occupations, DemandPlaces places) {
        this.codes = codes;
        this.occupations = occupations;
        this.places = places;
    }

    void addTo(Person person, DemandInput input, Map<String, String> errors, Model model) {
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        model.addAttribute("majors", occupations.majors());
        model.addAttribute("hours", codes.offered(DemandInput.HOURS));
        model.addAttribute("needs", codes.offered(DemandInput.ACCOMMODATION));
        model.addAttribute("places", places.choices(person));
    }
}
