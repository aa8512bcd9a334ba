package org.zhuye.training.startup;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuye.account.UserAccount;
import org.zhuye.audit.Histories;
import org.zhuye.employer.Industry;
import org.zhuye.institution.Institution;
import org.zhuye.institution.InstitutionKind;
import org.zhuye.institution.InstitutionRepository;
import org.zhuye.person.CertificateLookup;
import org.zhuye.person.PersonRepository;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.training.StaleTrainingRecordException;
import org.zhuye.training.TrainingNotFoundException;
import org.zhuye.training.TrainingRuleException;

/**
 * The 创业扶持 pages for staff-side accounts: the list with the area's totals, new and edit, a business's
 * page (its registry event, subsidy with each condition, loans by year, history), and the incubators with
 * their tenants. Other accounts are answered 404, as if there were nothing here.
 */
@Controller
class BusinessPageController {

    private final Businesses service;
    private final BusinessRepository businesses;
    private final InstitutionRepository institutions;
    private final PersonRepository persons;
    private final CertificateLookup certificates;
    private final Histories histories;

    BusinessPageController(Businesses service, BusinessRepository businesses, InstitutionRepository institutions,
                           PersonRepository persons, CertificateLookup certificates, Histories histories) {
        this.service = service;
        this.businesses = businesses;
        this.institutions = institutions;
        this.persons = persons;
        this.certificates = certificates;
        this.histories = histories;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", BusinessKind.values());
        model.addAttribute("industries", Industry.values());
        model.addAttribute("statuses", BusinessStatus.values());
    }

    @GetMapping("/businesses")
    String list(BusinessFilter filter, PageRequest paging, UserAccount user, Jurisdiction jurisdiction, Model model) {
        requireReader(user);
        model.addAttribute("filter", filter);
        model.addAttribute("page", businesses.list(filter, paging, jurisdiction));
        model.addAttribute("totals", businesses.countTotals(filter, null, null, jurisdiction));
        model.addAttribute("incubators", institutions.findOfKind(InstitutionKind.INCUBATOR, jurisdiction));
        model.addAttribute("years", years());
        model.addAttribute("mayEdit", Businesses.editor(user));
        return "training/startup/list";
    }

    @GetMapping("/businesses/incubators")
    String incubators(UserAccount user, Jurisdiction jurisdiction, Model model) {
        requireReader(user);
        LocalDate today = Businesses.today();
        List<Institution> all = institutions.findOfKind(InstitutionKind.INCUBATOR, jurisdiction);
        model.addAttribute("incubators", all.stream().map(i -> {
            List<Business> tenants = businesses.findTenants(i.id(), jurisdiction);
            return new IncubatorView(i, tenants.stream().filter(b -> b.incubatedOn(today)).toList(),
                    tenants.stream().filter(b -> !b.incubatedOn(today)).toList());
        }).toList());
        return "training/startup/incubators";
    }

    /** An incubator with its tenants now and before (moved out, or closed). */
    record IncubatorView(Institution incubator, List<Business> now, List<Business> before) {
    }

    @GetMapping("/businesses/new")
    String newForm(@RequestParam(required = false) String personId, UserAccount user, Jurisdiction jurisdiction, Model model) {
        requireEditor(user);
        return form(new BusinessInput(personId, BusinessKind.INDIVIDUAL.name(), null, null, null, null, null, null, "1", "0",
                null, null, null), null, null, jurisdiction, model);
    }

    @PostMapping("/businesses")
    String create(@RequestParam MultiValueMap<String, String> form, UserAccount user, Jurisdiction jurisdiction, Model model,
                  RedirectAttributes redirect) {
        requireEditor(user);
        String certificate = form.getFirst("certificateNumber");
        BusinessInput typed = BusinessInput.fromForm(form);
        Owner owner = owner(typed, certificate, jurisdiction);
        try {
            long id = service.create(owner.input(), user, jurisdiction);
            redirect.addFlashAttribute("notice", "已登记，并已在实名库记录其自主创业（个体就业）。");
            return "redirect:/businesses/" + id;
        } catch (TrainingRuleException e) {
            Map<String, String> errors = new LinkedHashMap<>(e.fieldErrors());
            if (owner.problem() != null) {
                errors.put("personId", owner.problem());
            }
            model.addAttribute("errors", errors);
            return form(owner.input(), null, certificate, jurisdiction, model);
        }
    }

    /** The region picker's 选择/更新 without script: the form again, as typed. */
    @PostMapping(value = "/businesses", params = "picker.pick")
    String createFormAgain(@RequestParam MultiValueMap<String, String> form, UserAccount user, Jurisdiction jurisdiction,
                           Model model) {
        requireEditor(user);
        return form(BusinessInput.fromForm(form), null, form.getFirst("certificateNumber"), jurisdiction, model);
    }

    @GetMapping("/businesses/{id}")
    String show(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction, Model model) {
        Business business = service.read(id, user, jurisdiction);
        model.addAttribute("business", business);
        model.addAttribute("subsidy", businesses.findSubsidy(id, jurisdiction).orElse(null));
        model.addAttribute("judgement", business.status() == BusinessStatus.OPERATING
                && businesses.findSubsidy(id, jurisdiction).isEmpty() ? judgeQuietly(id, user, jurisdiction) : null);
        model.addAttribute("loans", businesses.findLoans(id, jurisdiction));
        model.addAttribute("mayEdit", Businesses.editor(user) && business.status() == BusinessStatus.OPERATING);
        model.addAttribute("mayPay", Businesses.payer(user));
        model.addAttribute("history", histories.of(Businesses.OBJECT_TYPE, String.valueOf(id), jurisdiction));
        return "training/startup/show";
    }

    private StartupSubsidyRule.Judgement judgeQuietly(long id, UserAccount user, Jurisdiction jurisdiction) {
        try {
            return service.judgeSubsidy(id, user, jurisdiction);
        } catch (TrainingRuleException missingRule) {
            return null;
        }
    }

    @GetMapping("/businesses/{id}/edit")
    String editForm(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction, Model model) {
        requireEditor(user);
        Business b = service.read(id, user, jurisdiction);
        return form(new BusinessInput(String.valueOf(b.personId()), b.kind().name(), b.name(), b.creditCode(),
                b.industry().name(), b.startedOn().toString(), b.regionCode(), b.address(), String.valueOf(b.jobsCreated()),
                String.valueOf(b.jobsForDisabled()), b.incubatorId() == null ? null : String.valueOf(b.incubatorId()),
                text(b.incubatedFrom()), text(b.incubatedUntil())), b, null, jurisdiction, model);
    }

    @PostMapping("/businesses/{id}")
    String update(@PathVariable long id, @RequestParam int version, @RequestParam MultiValueMap<String, String> form,
                  UserAccount user, Jurisdiction jurisdiction, Model model, RedirectAttributes redirect) {
        requireEditor(user);
        Business business = service.read(id, user, jurisdiction);
        BusinessInput input = BusinessInput.fromForm(form);
        try {
            service.update(id, version, input, user, jurisdiction);
            redirect.addFlashAttribute("notice", "已保存。");
            return "redirect:/businesses/" + id;
        } catch (TrainingRuleException e) {
            model.addAttribute("errors", e.fieldErrors());
        } catch (StaleTrainingRecordException e) {
            model.addAttribute("errors", Map.of("name", e.getMessage()));
        }
        return form(input, business, null, jurisdiction, model);
    }

    @PostMapping(value = "/businesses/{id}", params = "picker.pick")
    String editFormAgain(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, UserAccount user,
                         Jurisdiction jurisdiction, Model model) {
        requireEditor(user);
        return form(BusinessInput.fromForm(form), service.read(id, user, jurisdiction), null, jurisdiction, model);
    }

    @PostMapping("/businesses/{id}/close")
    String close(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String closedOn,
                 UserAccount user, Jurisdiction jurisdiction, RedirectAttributes redirect) {
        return step(id, redirect, "已登记注销。", () -> service.close(id, version, closedOn, user, jurisdiction));
    }

    @PostMapping("/businesses/{id}/startup-subsidy")
    String grant(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction, RedirectAttributes redirect) {
        return step(id, redirect, "已核发创业补贴。", () -> service.grantSubsidy(id, user, jurisdiction));
    }

    @PostMapping("/businesses/{id}/loans")
    String loan(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, UserAccount user,
                Jurisdiction jurisdiction, RedirectAttributes redirect) {
        LoanInput input = new LoanInput(form.getFirst("bank"), form.getFirst("amount"), form.getFirst("annualRate"),
                form.getFirst("termMonths"), form.getFirst("loanStartedOn"));
        redirect.addFlashAttribute("loanInput", input);
        return step(id, redirect, "已登记贷款并核算贴息。", () -> service.recordLoan(id, input, user, jurisdiction));
    }

    private static String step(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", done);
            redirect.getFlashAttributes().remove("loanInput");
        } catch (TrainingRuleException e) {
            redirect.addFlashAttribute("errors", e.fieldErrors());
        } catch (StaleTrainingRecordException e) {
            redirect.addFlashAttribute("stepError", e.getMessage());
        }
        return "redirect:/businesses/" + id;
    }

    /** The input with its owner, and why a typed certificate number found nobody. */
    private record Owner(BusinessInput input, String problem) {
    }

    /** The owner typed by certificate number, when no person was chosen from their page. */
    private Owner owner(BusinessInput input, String certificate, Jurisdiction jurisdiction) {
        if (BusinessInput.text(input.personId()) != null || BusinessInput.text(certificate) == null) {
            return new Owner(input, null);
        }
        CertificateLookup.Found found = certificates.find(certificate, jurisdiction);
        return found.personId()
                .map(id -> new Owner(new BusinessInput(String.valueOf(id), input.kind(), input.name(), input.creditCode(),
                        input.industry(), input.startedOn(), input.regionCode(), input.address(), input.jobsCreated(),
                        input.jobsForDisabled(), input.incubatorId(), input.incubatedFrom(), input.incubatedUntil()), null))
                .orElseGet(() -> new Owner(input, found.problem()));
    }

    private String form(BusinessInput input, Business business, String certificate, Jurisdiction jurisdiction, Model model) {
        model.addAttribute("input", input);
        model.addAttribute("business", business);
        model.addAttribute("certificateNumber", certificate);
        Long personId = BusinessInput.text(input.personId()) != null && input.personId().strip().matches("[0-9]{1,18}")
                ? Long.valueOf(input.personId().strip()) : null;
        model.addAttribute("owner", personId == null ? null : persons.find(personId, jurisdiction).orElse(null));
        model.addAttribute("incubators", institutions.findOfKind(InstitutionKind.INCUBATOR, jurisdiction));
        return "training/startup/form";
    }

    private static List<Integer> years() {
        int now = Businesses.today().getYear();
        return List.of(now, now - 1, now - 2, now - 3, now - 4);
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static void requireReader(UserAccount user) {
        if (!Businesses.reader(user)) {
            throw new TrainingNotFoundException("页面", 0);
        }
    }

    private static void requireEditor(UserAccount user) {
        if (!Businesses.editor(user)) {
            throw new TrainingNotFoundException("页面", 0);
        }
    }
}
