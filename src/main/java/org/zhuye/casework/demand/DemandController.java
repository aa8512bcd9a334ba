package org.zhuye.casework.demand;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuye.account.UserAccount;
import org.zhuye.casework.CaseworkForms;
import org.zhuye.casework.CaseworkPersonSection;
import org.zhuye.casework.CaseworkRuleException;
import org.zhuye.casework.CaseworkServices;
import org.zhuye.casework.ServiceForms;
import org.zhuye.casework.ServiceKind;
import org.zhuye.casework.ServiceRecord;
import org.zhuye.person.Person;
import org.zhuye.person.PersonRepository;
import org.zhuye.region.Jurisdiction;

/** The job demand form of a demand service record, the API reads, and the current demand on the person's page. */
@Controller
class DemandController implements CaseworkPersonSection {

    private final Demands demands;
    private final CaseworkServices services;
    private final PersonRepository persons;
    private final OccupationClasses occupations;
    private final DemandPlaces places;
    private final DemandFormModel formModel;

    DemandController(Demands demands, CaseworkServices services, PersonRepository persons,
                     OccupationClasses occupations, DemandPlaces places, DemandFormModel formModel) {
        this.formModel = formModel;
        this.demands = demands;
        this.services = services;
        this.persons = persons;
        this.occupations = occupations;
        this.places = places;
    }

    @Override
    public void addTo(long personId, Jurisdiction jurisdiction, Model model) {
        List<Demand> found = demands.findForPerson(personId, jurisdiction);
        model.addAttribute("demands", found);
        model.addAttribute("demandServiceIds", found.stream().map(Demand::serviceId).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("occupationClasses", occupations);
        model.addAttribute("demandPlaceNames", persons.find(personId, jurisdiction).map(places::names).orElse(Map.of()));
    }

    @GetMapping("/casework/persons/{id}/services/{serviceId}/demand")
    String form(@PathVariable long id, @PathVariable long serviceId, UserAccount user, Jurisdiction jurisdiction, Model model) {
        CaseworkForms.requireRecord(user);
        Person person = persons.require(id, jurisdiction);
        ServiceRecord service = ServiceForms.target(services, id, serviceId, ServiceKind.DEMAND, jurisdiction);
        if (demands.findForPerson(id, jurisdiction).stream().anyMatch(d -> d.serviceId() == serviceId)) {
            return "redirect:/casework/persons/" + id + "#demands";
        }
        return form(person, service, DemandInput.blank(), Map.of(), jurisdiction, model);
    }

    @PostMapping("/casework/persons/{id}/services/{serviceId}/demand")
    String save(@PathVariable long id, @PathVariable long serviceId, DemandInput input, UserAccount user,
                Jurisdiction jurisdiction, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CaseworkForms.requireRecord(user);
        Person person = persons.require(id, jurisdiction);
        ServiceRecord service = ServiceForms.target(services, id, serviceId, ServiceKind.DEMAND, jurisdiction);
        try {
            demands.record(id, serviceId, input, jurisdiction);
            redirect.addFlashAttribute("notice", "已保存就业需求登记表，作为当前就业需求。");
        } catch (CaseworkRuleException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(person, service, input, e.fieldErrors(), jurisdiction, model);
        }
        return "redirect:/casework/persons/" + id + "#demands";
    }

    @Operation(summary = "某人的就业需求登记（最新在前，current 为当前需求）")
    @GetMapping("/api/v1/casework/persons/{id}/demands")
    @ResponseBody
    List<Demand> api(@PathVariable long id, Jurisdiction jurisdiction) {
        persons.require(id, jurisdiction);
        return demands.findForPerson(id, jurisdiction);
    }

    @Operation(summary = "职业分类大典（2022年版）大类和中类", description = "就业需求登记可选的意向职业代码")
    @GetMapping("/api/v1/casework/occupations")
    @ResponseBody
    List<OccupationClasses.Major> occupations() {
        return occupations.majors();
    }

    private String form(Person person, ServiceRecord service, DemandInput input, Map<String, String> errors,
                        Jurisdiction jurisdiction, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("service", service);
        formModel.addTo(person, input, errors, model);
        return "casework/demand-form";
    }
}
