package org.zhuye.institution.registry;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuye.account.UserAccount;
import org.zhuye.audit.Histories;
import org.zhuye.institution.Accessibility;
import org.zhuye.institution.Institution;
import org.zhuye.institution.InstitutionKind;
import org.zhuye.institution.InstitutionNotFoundException;
import org.zhuye.institution.InstitutionRuleException;
import org.zhuye.institution.InstitutionStatus;
import org.zhuye.institution.ServedService;
import org.zhuye.institution.served.ServedSpan;
import org.zhuye.institution.served.ServedStore;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;
import org.zhuye.region.VisiblePeople;

/** The institution pages: the list with totals, register and correct, an institution's page, status and accounts. */
@Controller
class InstitutionPageController {

    private final InstitutionStore store;
    private final InstitutionRegistry registry;
    private final InstitutionAccounts accounts;
    private final InstitutionAccess access;
    private final ServedStore served;
    private final RegionRepository regions;
    private final Histories histories;

    InstitutionPageController(InstitutionStore store, InstitutionRegistry registry, InstitutionAccounts accounts,
                              InstitutionAccess access, ServedStore served, RegionRepository regions, Histories histories) {
        this.store = store;
        this.registry = registry;
        this.accounts = accounts;
        this.access = access;
        this.served = served;
        this.regions = regions;
        this.histories = histories;
    }

    @ModelAttribute
    void lists(Model model) {
        model.addAttribute("kinds", InstitutionKind.values());
        model.addAttribute("statuses", InstitutionStatus.values());
        model.addAttribute("services", ServedService.values());
        model.addAttribute("accessibilities", Accessibility.values());
    }

    @GetMapping("/institutions")
    String list(InstitutionSearch form, PageRequest paging, UserAccount user, Jurisdiction jurisdiction, Model model) {
        if (InstitutionAccess.ownOnly(user)) {
            return own(user);
        }
        if (!InstitutionAccess.staffSide(user)) {
            throw new InstitutionNotFoundException(0);
        }
        model.addAttribute("form", form);
        model.addAttribute("totals", store.countByKind(form, jurisdiction));
        model.addAttribute("page", paging.of(store.search(form, paging.offset(), paging.size(), jurisdiction),
                store.count(form, jurisdiction)));
        model.addAttribute("mayEdit", InstitutionAccess.mayEdit(user));
        return "institution/list";
    }

    /** 本机构: an INSTITUTION account goes to its institution's page, or learns that none is linked yet. */
    @GetMapping("/institution")
    String own(UserAccount user) {
        if (!InstitutionAccess.ownOnly(user)) {
            return "redirect:/institutions";
        }
        return accounts.institutionOf(user).map(i -> "redirect:/institutions/" + i.id()).orElse("institution/unlinked");
    }

    @GetMapping("/institutions/new")
    String newForm(UserAccount user, Model model) {
        requireEdit(user);
        model.addAttribute("input", InstitutionInput.empty());
        return "institution/form";
    }

    @PostMapping("/institutions")
    String register(InstitutionInput input, UserAccount user, Jurisdiction jurisdiction, Model model,
                    RedirectAttributes redirect) {
        requireEdit(user);
        try {
            long id = registry.register(input, jurisdiction);
            redirect.addFlashAttribute("notice", "已登记 " + input.name().strip() + "。");
            return "redirect:/institutions/" + id;
        } catch (InstitutionRuleException e) {
            model.addAttribute("input", input);
            model.addAttribute("errors", e.fieldErrors());
            return "institution/form";
        }
    }

    /** The region picker's 选择/更新 without script: the form again, as typed. */
    @PostMapping(value = "/institutions", params = "picker.pick")
    String registerFormAgain(InstitutionInput input, UserAccount user, Model model) {
        requireEdit(user);
        model.addAttribute("input", input);
        return "institution/form";
    }

    @GetMapping("/institutions/{id}")
    String show(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction, Model model) {
        Institution institution = access.visible(id, user, jurisdiction);
        boolean mayEdit = InstitutionAccess.mayEdit(user);
        List<ServedSpan> spans = served.findOfInstitution(id);
        // Persons are seen as the viewer's area allows, an INSTITUTION account's included (its account's region).
        Jurisdiction viewer = jurisdiction;
        VisiblePeople<ServedSpan> now = VisiblePeople.of(spans.stream().filter(ServedSpan::open).toList(),
                ServedSpan::personRegionCode, viewer);
        VisiblePeople<ServedSpan> before = VisiblePeople.of(spans.stream().filter(s -> !s.open()).toList(),
                ServedSpan::personRegionCode, viewer);
        model.addAttribute("institution", institution);
        model.addAttribute("area", regions.pathTo(RegionCode.of(institution.regionCode())));
        model.addAttribute("servedNow", now);
        model.addAttribute("servedBefore", before);
        model.addAttribute("mayEdit", mayEdit);
        model.addAttribute("mayServe", mayEdit || InstitutionAccess.ownOnly(user));
        model.addAttribute("ownOnly", InstitutionAccess.ownOnly(user));
        model.addAttribute("linkedAccounts", mayEdit ? accounts.accountsOf(id, jurisdiction) : List.of());
        model.addAttribute("auditTrail", mayEdit ? histories.of("institution", String.valueOf(id), jurisdiction) : List.of());
        return "institution/show";
    }

    @PostMapping("/institutions/{id}/reveal")
    String reveal(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction, Model model) {
        access.editable(id, user, jurisdiction);
        model.addAttribute("value", registry.revealPhone(id, jurisdiction));
        return "institution/show :: revealed";
    }

    @GetMapping("/institutions/{id}/edit")
    String editForm(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction, Model model) {
        Institution institution = access.editable(id, user, jurisdiction);
        // The form shows the full phone to edit it, so opening it counts as revealing it.
        if (institution.contactPhoneMasked() != null) {
            registry.revealPhone(id, jurisdiction);
        }
        model.addAttribute("institution", institution);
        model.addAttribute("input", registry.inputOf(institution, jurisdiction));
        return "institution/edit";
    }

    @PostMapping(value = "/institutions/{id}", params = "picker.pick")
    String editFormAgain(@PathVariable long id, InstitutionInput input, UserAccount user, Jurisdiction jurisdiction,
                         Model model) {
        model.addAttribute("institution", access.editable(id, user, jurisdiction));
        model.addAttribute("input", input);
        return "institution/edit";
    }

    @PostMapping("/institutions/{id}")
    String update(@PathVariable long id, @RequestParam int version, InstitutionInput input, UserAccount user,
                  Jurisdiction jurisdiction, Model model, RedirectAttributes redirect) {
        Institution institution = access.editable(id, user, jurisdiction);
        try {
            registry.update(id, version, input, jurisdiction);
            redirect.addFlashAttribute("notice", "已保存。");
            return "redirect:/institutions/" + id;
        } catch (InstitutionRuleException e) {
            model.addAttribute("institution", institution);
            model.addAttribute("input", input);
            model.addAttribute("errors", e.fieldErrors());
            return "institution/edit";
        }
    }

    @PostMapping("/institutions/{id}/status")
    String status(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String status,
                  @RequestParam(required = false) String closedOn, UserAccount user, Jurisdiction jurisdiction,
                  RedirectAttributes redirect) {
        access.editable(id, user, jurisdiction);
        try {
            registry.changeStatus(id, version, status, closedOn, jurisdiction);
            redirect.addFlashAttribute("notice", "已变更机构状态。");
        } catch (InstitutionRuleException e) {
            redirect.addFlashAttribute("statusErrors", e.fieldErrors());
        }
        return "redirect:/institutions/" + id + "#status";
    }

    @PostMapping("/institutions/{id}/accounts")
    String link(@PathVariable long id, @RequestParam(defaultValue = "") String username, UserAccount user,
                Jurisdiction jurisdiction, RedirectAttributes redirect) {
        access.editable(id, user, jurisdiction);
        try {
            accounts.link(id, username, jurisdiction);
            redirect.addFlashAttribute("notice", "已绑定账号 " + username.strip() + "。");
        } catch (InstitutionRuleException e) {
            redirect.addFlashAttribute("accountErrors", e.fieldErrors());
            redirect.addFlashAttribute("linkUsername", username);
        }
        return "redirect:/institutions/" + id + "#accounts";
    }

    @PostMapping("/institutions/{id}/accounts/{userId}/unlink")
    String unlink(@PathVariable long id, @PathVariable long userId, UserAccount user, Jurisdiction jurisdiction,
                  RedirectAttributes redirect) {
        access.editable(id, user, jurisdiction);
        accounts.unlink(id, userId, jurisdiction);
        redirect.addFlashAttribute("notice", "已解除该账号与本机构的绑定。");
        return "redirect:/institutions/" + id + "#accounts";
    }

    private static void requireEdit(UserAccount user) {
        if (!InstitutionAccess.mayEdit(user)) {
            throw new InstitutionNotFoundException(0);
        }
    }
}
