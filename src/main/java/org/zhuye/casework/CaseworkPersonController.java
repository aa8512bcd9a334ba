package org.zhuye.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuye.account.UserAccount;
import org.zhuye.person.CodeLists;
import org.zhuye.person.OutOfWorkCohort;
import org.zhuye.person.Person;
import org.zhuye.person.PersonRepository;
import org.zhuye.person.WorkingAgeRules;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/**
 * One person's 四个一 ({@code /casework/persons/{id}}): where they stand in this year's cycle, the
 * four services done or not, their service records, and the form for each service.
 */
@Controller
class CaseworkPersonController {

    private final PersonRepository persons;
    private final CaseworkServices services;
    private final CaseworkCodes codes;
    private final CodeLists registryCodes;
    private final CycleYears cycles;
    private final OutOfWorkCohort cohort;
    private final RegionRepository regions;
    private final List<CaseworkPersonSection> sections;

    CaseworkPersonController(PersonRepository persons, CaseworkServices services, CaseworkCodes codes,
                             CodeLists registryCodes, CycleYears cycles, OutOfWorkCohort cohort, RegionRepository regions,
                             List<CaseworkPersonSection> sections) {
        this.sections = sections;
        this.persons = persons;
        this.services = services;
        this.codes = codes;
        this.registryCodes = registryCodes;
        this.cycles = cycles;
        this.cohort = cohort;
        this.regions = regions;
    }

    @GetMapping("/casework/persons/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String year, UserAccount user,
                Jurisdiction jurisdiction, Model model) {
        Person person = persons.require(id, jurisdiction);
        int cycleYear = CaseworkForms.year(year);
        List<ServiceRecord> records = services.findForPerson(id, jurisdiction);
        model.addAttribute("person", person);
        model.addAttribute("area", regions.pathTo(RegionCode.of(person.regionCode())));
        model.addAttribute("records", records);
        model.addAttribute("codes", codes);
        model.addAttribute("kinds", ServiceKind.values());
        model.addAttribute("cycleYear", cycleYear);
        int mask = 0;
        for (ServiceRecord r : records) {
            if (!r.voided() && r.cycleYear() == cycleYear) {
                mask |= r.kind().bit();
            }
        }
        model.addAttribute("mask", mask);
        try {
            CycleYears.Cycle cycle = cycles.cycle(person.regionCode(), cycleYear, LocalDate.now());
            model.addAttribute("cycle", cycle);
            int[] standing = {0};
            cohort.visit(RegionCode.of(person.regionCode()), List.of(), cycle.from(), cycle.to(), jurisdiction,
                    (child, region, personId, outOfWorkNow) -> {
                        if (personId == id) {
                            standing[0] = outOfWorkNow ? 2 : 1;
                        }
                    });
            model.addAttribute("standing", standing[0]);
        } catch (CycleYears.NoCycle | WorkingAgeRules.NoRule e) {
            model.addAttribute("problem", e.getMessage());
        }
        model.addAttribute("mayRecord", CaseworkForms.mayRecordPerson(user, person));
        model.addAttribute("mayVoid", CaseworkForms.mayVoid(user));
        sections.forEach(section -> section.addTo(id, jurisdiction, model));
        return "casework/person";
    }

    @GetMapping("/casework/persons/{id}/services/new")
    String form(@PathVariable long id, @RequestParam String kind, UserAccount user, Jurisdiction jurisdiction, Model model) {
        CaseworkForms.requireRecord(user);
        Person person = persons.require(id, jurisdiction);
        ServiceKind serviceKind = ServiceKind.parse(kind)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "没有这类服务：" + kind));
        return form(person, serviceKind, ServiceInput.blank(serviceKind, LocalDate.now(), user.displayName()), Map.of(), model);
    }

    @PostMapping("/casework/persons/{id}/services")
    String record(@PathVariable long id, ServiceInput input, UserAccount user, Jurisdiction jurisdiction, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        CaseworkForms.requireRecord(user);
        Person person = persons.require(id, jurisdiction);
        long serviceId;
        try {
            serviceId = services.record(id, input, jurisdiction);
        } catch (CaseworkRuleException e) {
            ServiceKind kind = ServiceKind.parse(input.kind())
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "没有这类服务：" + input.kind()));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(person, kind, input, e.fieldErrors(), model);
        }
        ServiceKind kind = ServiceKind.parse(input.kind()).orElseThrow();
        if (kind == ServiceKind.VERIFICATION && ServiceInput.CORRECTION.equals(input.outcome().strip())) {
            // The correction itself is the registry's: its edit page (a change request for grassroots members).
            redirect.addFlashAttribute("notice", "核对结果已登记。请在此更正登记信息；专职委员提交的更正经本级工作人员审核后生效。");
            return "redirect:/persons/" + id + "/edit";
        }
        if (kind == ServiceKind.ASSESSMENT || kind == ServiceKind.DEMAND) {
            // The structured form of the service comes next; the record alone already counts.
            redirect.addFlashAttribute("notice", "已登记" + codes.kindLabel(kind) + "，请填写" + codes.kindLabel(kind) + "表。");
            return "redirect:/casework/persons/" + id + "/services/" + serviceId + (kind == ServiceKind.ASSESSMENT ? "/assessment" : "/demand");
        }
        redirect.addFlashAttribute("notice", "已登记" + codes.kindLabel(kind) + "。");
        return "redirect:/casework/persons/" + id + "?year=" + LocalDate.parse(input.servedOn().strip().replace('/', '-')).getYear();
    }

    @PostMapping("/casework/persons/{id}/services/{serviceId}/void")
    String voidService(@PathVariable long id, @PathVariable long serviceId, @RequestParam(defaultValue = "") String reason,
                       UserAccount user, Jurisdiction jurisdiction, RedirectAttributes redirect) {
        if (!CaseworkForms.mayVoid(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        try {
            services.voidService(id, serviceId, reason, jurisdiction);
            redirect.addFlashAttribute("notice", "已作废该条服务记录。");
        } catch (CaseworkRuleException e) {
            redirect.addFlashAttribute("voidError", e.getMessage());
        }
        return "redirect:/casework/persons/" + id + "#records";
    }

    private String form(Person person, ServiceKind kind, ServiceInput input, Map<String, String> errors, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("kind", kind);
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        model.addAttribute("codes", codes);
        model.addAttribute("outcomes", codes.offered(kind.outcomeList()));
        model.addAttribute("serviceTypes", codes.offered(CaseworkCodes.EMPLOYMENT_SERVICE_TYPE));
        model.addAttribute("jobForms", registryCodes.list(CodeLists.EMPLOYMENT_FORM));
        model.addAttribute("today", LocalDate.now());
        return "casework/service-form";
    }
}
