package org.zhuye.casework.demand;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.zhuye.casework.CaseworkCodes;
import org.zhuye.casework.CaseworkServices;
import org.zhuye.casework.SelfRegisteredDemands;
import org.zhuye.casework.ServiceInput;
import org.zhuye.casework.ServiceKind;
import org.zhuye.person.Person;
import org.zhuye.person.PersonRepository;
import org.zhuye.region.Jurisdiction;

/**
 * {@link SelfRegisteredDemands}: the demand service record and its form, one transaction. The form is
 * checked first ({@link Demands#check}), so a wrong answer never creates a service record to roll back.
 */
@Service
class SelfDemandRegistration implements SelfRegisteredDemands {

    /** A demand that names occupations is a wish to work; training and business wishes are the form's own boxes. */
    private static final String OUTCOME = "WANTS_JOB";
    private static final String CONTENT = "本人通过自助服务登记就业需求";

    private final Demands demands;
    private final CaseworkServices services;
    private final PersonRepository persons;
    private final CaseworkCodes codes;
    private final OccupationClasses occupations;
    private final DemandPlaces places;
    private final DemandFormModel formModel;

    SelfDemandRegistration(Demands demands, CaseworkServices services, PersonRepository persons, CaseworkCodes codes,
                           OccupationClasses occupations, DemandPlaces places, DemandFormModel formModel) {
        this.formModel = formModel;
        this.demands = demands;
        this.services = services;
        this.persons = persons;
        this.codes = codes;
        this.occupations = occupations;
        this.places = places;
    }

    @Override
    @Transactional
    public long register(long personId, Map<String, List<String>> form, Jurisdiction jurisdiction) {
        Person person = persons.require(personId, jurisdiction);
        DemandInput input = DemandInput.from(form);
        demands.check(person, input);
        long serviceId = services.record(personId, new ServiceInput(ServiceKind.DEMAND.name(), LocalDate.now().toString(),
                DELIVERED_BY, CONTENT, OUTCOME, null, null, null, null, null), jurisdiction);
        demands.record(personId, serviceId, input, jurisdiction);
        return serviceId;
    }

    @Override
    public Optional<DemandSummary> current(long personId, Jurisdiction jurisdiction) {
        Optional<Demand> current = demands.findCurrent(personId, jurisdiction);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Demand d = current.get();
        Map<String, String> placeNames = persons.find(personId, jurisdiction).map(places::names).orElse(Map.of());
        Demand.Fields f = d.fields();
        return Optional.of(new DemandSummary(d.registeredOn(), d.registeredBy(),
                f.occupations().stream().map(occupations::label).toList(),
                f.places().stream().map(code -> placeNames.getOrDefault(code, code)).toList(),
                codes.label(DemandInput.HOURS, f.hours()), f.expectedWage(),
                f.accommodations().stream().map(code -> codes.label(DemandInput.ACCOMMODATION, code)).toList(),
                f.accommodationNote(), f.wantsTraining(), f.wantsBusiness()));
    }

    @Override
    public void addFormTo(long personId, Map<String, List<String>> form, Map<String, String> errors,
                          Jurisdiction jurisdiction, Model model) {
        Person person = persons.require(personId, jurisdiction);
        DemandInput input = form != null ? DemandInput.from(form)
                : demands.findCurrent(personId, jurisdiction).map(d -> DemandInput.of(d.fields())).orElse(DemandInput.blank());
        formModel.addTo(person, input, errors, model);
    }
}
