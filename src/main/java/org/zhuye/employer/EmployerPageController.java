package org.zhuye.employer;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.payment.PaymentInput;
import org.zhuye.employer.payment.Payments;
import org.zhuye.audit.Histories;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/** The employer pages: the list, register and correct, and a unit's page. */
@Controller
class EmployerPageController {

    private final EmployerRepository employers;
    private final EmployerRegistry registry;
    private final EmployerAccounts accounts;
    private final EmployerAccess access;
    private final RegionRepository regions;
    private final Histories histories;
    private final Payments payments;

    EmployerPageController(EmployerRepository employers, EmployerRegistry registry, EmployerAccounts accounts,
                           EmployerAccess access, RegionRepository regions, Histories histories, Payments payments) {
        this.employers = employers;
        this.registry = registry;
        this.accounts = accounts;
        this.access = access;
        this.regions = regions;
        this.histories = histories;
        this.payments = payments;
    }

    @ModelAttribute
    void lists(Model model) {
        model.addAttribute("types", EmployerType.values());
        model.addAttribute("levels", AdministrativeLevel.values());
        model.addAttribute("industries", Industry.values());
    }

    @GetMapping("/employers")
    String list(EmployerSearchForm form, PageRequest paging, UserAccount user, Jurisdiction jurisdiction, Model model) {
        if (EmployerAccess.ownUnitOnly(user)) {
            // An employer account has no list: its unit is the whole of what it may see.
            return accounts.unitOf(user).map(e -> "redirect:/employers/" + e.id()).orElse("employer/unlinked");
        }
        if (!EmployerAccess.staffSide(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        EmployerSearch search = form.toSearch().onPage(paging);
        model.addAttribute("form", form);
        model.addAttribute("page", paging.of(employers.search(search, jurisdiction).rows(), employers.count(search, jurisdiction)));
        model.addAttribute("mayEdit", EmployerAccess.mayEdit(user));
        return "employer/list";
    }

    @GetMapping("/employers/new")
    String newForm(UserAccount user, Model model) {
        EmployerAccess.requireEdit(user);
        model.addAttribute("input", EmployerInput.empty());
        return "employer/form";
    }

    @PostMapping("/employers")
    String register(EmployerInput input, UserAccount user, Jurisdiction jurisdiction, Model model,
                    RedirectAttributes redirect) {
        EmployerAccess.requireEdit(user);
        try {
            long id = registry.register(input, jurisdiction);
            redirect.addFlashAttribute("notice", "已登记 " + input.name().strip() + "。");
            return "redirect:/employers/" + id;
        } catch (EmployerRuleException e) {
            model.addAttribute("input", input);
            model.addAttribute("errors", e.fieldErrors());
            return "employer/form";
        }
    }

    /** The region picker's 选择/更新 without script: the form again, as typed. */
    @PostMapping(value = "/employers", params = "picker.pick")
    String registerFormAgain(EmployerInput input, UserAccount user, Model model) {
        EmployerAccess.requireEdit(user);
        model.addAttribute("input", input);
        return "employer/form";
    }

    @GetMapping("/employers/{id}")
    String show(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction, Model model) {
        Employer employer = access.visible(id, user, jurisdiction);
        boolean mayEdit = EmployerAccess.mayEdit(user);
        model.addAttribute("employer", employer);
        model.addAttribute("area", regions.pathTo(RegionCode.of(employer.regionCode())));
        model.addAttribute("mayEdit", mayEdit);
        model.addAttribute("mayCreateAccounts", EmployerAccess.mayCreateAccounts(user));
        model.addAttribute("ownUnit", EmployerAccess.ownUnitOnly(user));
        model.addAttribute("linkedAccounts", mayEdit ? accounts.accountsOf(id, jurisdiction) : List.of());
        model.addAttribute("auditTrail", mayEdit
                ? histories.of("employer", String.valueOf(id), jurisdiction)
                : List.of());
        model.addAttribute("statement", payments.statement(id, user, jurisdiction));
        model.addAttribute("input", PaymentInput.empty());
        return "employer/show";
    }

    /** Shows the full contact phone in place of its mask; the act is recorded in the audit trail. */
    @PostMapping("/employers/{id}/reveal")
    String reveal(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction, Model model) {
        EmployerAccess.requireEdit(user);
        model.addAttribute("value", registry.revealPhone(id, jurisdiction));
        return "employer/show :: revealed";
    }

    @GetMapping("/employers/{id}/edit")
    String editForm(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction, Model model) {
        EmployerAccess.requireEdit(user);
        Employer employer = access.visible(id, user, jurisdiction);
        // The form shows the full phone to edit it, so opening it counts as revealing it.
        if (employer.contactPhoneMasked() != null) {
            registry.revealPhone(id, jurisdiction);
        }
        model.addAttribute("employer", employer);
        model.addAttribute("input", EmployerForms.inputOf(registry.dataOf(employer, jurisdiction)));
        return "employer/edit";
    }

    /** The region picker's 选择/更新 without script: the edit form again, as typed. */
    @PostMapping(value = "/employers/{id}", params = "picker.pick")
    String editFormAgain(@PathVariable long id, EmployerInput input, UserAccount user, Jurisdiction jurisdiction,
                         Model model) {
        EmployerAccess.requireEdit(user);
        model.addAttribute("employer", access.visible(id, user, jurisdiction));
        model.addAttribute("input", input);
        return "employer/edit";
    }

    @PostMapping("/employers/{id}")
    String update(@PathVariable long id, @RequestParam int version, EmployerInput input, UserAccount user,
                  Jurisdiction jurisdiction, Model model, RedirectAttributes redirect) {
        EmployerAccess.requireEdit(user);
        Employer employer = access.visible(id, user, jurisdiction);
        try {
            registry.update(id, version, input, jurisdiction);
            redirect.addFlashAttribute("notice", "已保存。");
            return "redirect:/employers/" + id;
        } catch (EmployerRuleException e) {
            model.addAttribute("employer", employer);
            model.addAttribute("input", input);
            model.addAttribute("errors", e.fieldErrors());
            return "employer/edit";
        }
    }
}
