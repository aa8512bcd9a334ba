package org.zhuye.casework.assessment;

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
import org.zhuye.casework.CaseworkCodes;
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

/** The assessment form of an assessment service record, its API read, and the history on the person's page. */
@Controller
class AssessmentController implements CaseworkPersonSection {

    private final Assessments assessments;
    private final CaseworkServices services;
    private final PersonRepository persons;
    private final CaseworkCodes codes;

    AssessmentController(Assessments assessments, CaseworkServices services, PersonRepository persons, CaseworkCodes codes) {
        this.assessments = assessments;
        this.services = services;
        this.persons = persons;
        this.codes = codes;
    }

    @Override
    public void addTo(long personId, Jurisdiction jurisdiction, Model model) {
        List<Assessment> found = assessments.findForPerson(personId, jurisdiction);
        model.addAttribute("assessments", found);
        model.addAttribute("assessedServiceIds", found.stream().map(Assessment::serviceId).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("abilityItems", AbilityScores.Item.values());
    }

    @GetMapping("/casework/persons/{id}/services/{serviceId}/assessment")
    String form(@PathVariable long id, @PathVariable long serviceId, UserAccount user, Jurisdiction jurisdiction, Model model) {
        CaseworkForms.requireRecord(user);
        Person person = persons.require(id, jurisdiction);
        ServiceRecord service = ServiceForms.target(services, id, serviceId, ServiceKind.ASSESSMENT, jurisdiction);
        if (assessments.find(id, serviceId, jurisdiction).isPresent()) {
            return "redirect:/casework/persons/" + id + "#assessments";
        }
        return form(person, service, AssessmentInput.blank(), Map.of(), model);
    }

    @PostMapping("/casework/persons/{id}/services/{serviceId}/assessment")
    String save(@PathVariable long id, @PathVariable long serviceId, AssessmentInput input, UserAccount user,
                Jurisdiction jurisdiction, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CaseworkForms.requireRecord(user);
        Person person = persons.require(id, jurisdiction);
        ServiceRecord service = ServiceForms.target(services, id, serviceId, ServiceKind.ASSESSMENT, jurisdiction);
        try {
            Assessment saved = assessments.record(id, serviceId, input, jurisdiction);
            redirect.addFlashAttribute("notice", "已保存职业能力评估表：" + saved.level().label() + "（" + saved.level().meaning() + "）。");
        } catch (CaseworkRuleException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(person, service, input, e.fieldErrors(), model);
        }
        return "redirect:/casework/persons/" + id + "#assessments";
    }

    @Operation(summary = "某人的职业能力评估（最新在前）", description = "各项评分（0–4）、说明、评估等级、建议和选定的就业形式；已作废的服务记录标 voided")
    @GetMapping("/api/v1/casework/persons/{id}/assessments")
    @ResponseBody
    List<Assessment> api(@PathVariable long id, Jurisdiction jurisdiction) {
        persons.require(id, jurisdiction);
        return assessments.findForPerson(id, jurisdiction);
    }

    private String form(Person person, ServiceRecord service, AssessmentInput input, Map<String, String> errors, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("service", service);
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        model.addAttribute("items", AbilityScores.Item.values());
        model.addAttribute("levels", AbilityLevel.values());
        model.addAttribute("workKinds", codes.offered(AssessmentInput.WORK_KIND));
        return "casework/assessment-form";
    }
}
