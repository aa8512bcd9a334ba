package org.zhuye.person;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuye.account.UserAccount;
import org.zhuye.audit.Histories;
import org.zhuye.person.account.PersonAccountSection;
import org.zhuye.person.household.Households;
import org.zhuye.person.review.ChangeRequests;
import org.zhuye.person.review.DuplicateReview;
import org.zhuye.platform.crypto.FieldCipher;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/** The registry's pages: search, register, a person's record, corrections and status changes. */
@Controller
class PersonPageController {

    private final PersonRepository persons;
    private final PersonRegistry registry;
    private final EmploymentHistory employment;
    private final ChangeRequests changeRequests;
    private final CodeLists codes;
    private final RegionRepository regions;
    private final FieldCipher cipher;
    private final Histories histories;
    private final DuplicateReview duplicateReview;
    private final Households households;
    private final PersonAccountSection accountSection;
    private final PersonListTotal listTotal;

    PersonPageController(PersonRepository persons, PersonRegistry registry, EmploymentHistory employment,
                         ChangeRequests changeRequests, CodeLists codes, RegionRepository regions, FieldCipher cipher,
                         Histories histories, DuplicateReview duplicateReview, Households households,
                         PersonAccountSection accountSection, PersonListTotal listTotal) {
        this.accountSection = accountSection;
        this.listTotal = listTotal;
        this.households = households;
        this.duplicateReview = duplicateReview;
        this.persons = persons;
        this.registry = registry;
        this.employment = employment;
        this.changeRequests = changeRequests;
        this.codes = codes;
        this.regions = regions;
        this.cipher = cipher;
        this.histories = histories;
    }

    @ModelAttribute
    void lists(Model model) {
        model.addAttribute("categories", DisabilityCategory.values());
        model.addAttribute("ethnicities", codes.list(CodeLists.ETHNICITY));
        model.addAttribute("educations", codes.list(CodeLists.EDUCATION));
        model.addAttribute("forms", codes.list(CodeLists.EMPLOYMENT_FORM));
        model.addAttribute("reasons", codes.list(CodeLists.NOT_EMPLOYED_REASON));
        model.addAttribute("livelihoods", codes.list(CodeLists.LIVELIHOOD));
        model.addAttribute("relations", codes.list(CodeLists.RELATION));
        model.addAttribute("codes", codes);
        model.addAttribute("statusOptions", PersonForms.statusOptions());
        model.addAttribute("hukouOptions", PersonForms.hukouOptions());
        model.addAttribute("grades", java.util.List.of(new CodeLists.Code("1", "一级"), new CodeLists.Code("2", "二级"),
                new CodeLists.Code("3", "三级"), new CodeLists.Code("4", "四级")));
        model.addAttribute("ageBands", java.util.List.of("0-15", "16-34", "35-44", "45-59", "60+"));
        model.addAttribute("purposeChoices", RevealPurpose.CHOICES);
    }

    @GetMapping("/persons")
    String search(PersonSearchForm form, PageRequest paging, UserAccount user, Jurisdiction jurisdiction, Model model) {
        PersonSearch search = form.toSearch().onPage(paging);
        byte[] hash = null;
        if (search.certificateNumber() != null) {
            CertificateNumber number = CertificateNumber.parse(search.certificateNumber()).number();
            hash = cipher.lookupHash(number == null ? search.certificateNumber() : number.withoutReissue());
        }
        model.addAttribute("form", form);
        model.addAttribute("searched", form.any());
        LocalDate today = LocalDate.now();
        model.addAttribute("page", paging.of(persons.search(search, hash, today, jurisdiction).rows(),
                listTotal.of(search, hash, today, jurisdiction)));
        model.addAttribute("mayRecord", PersonPermissions.mayRecord(user));
        model.addAttribute("pendingRequests", PersonPermissions.mayReview(user) ? changeRequests.countPending(jurisdiction) : 0);
        model.addAttribute("openDuplicates", PersonPermissions.mayReview(user) ? duplicateReview.countOpen(jurisdiction) : 0);
        return "person/search";
    }

    @GetMapping("/persons/new")
    String newForm(UserAccount user, Model model) {
        PersonPermissions.requireRecord(user);
        model.addAttribute("input", new PersonInput(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                LocalDate.now().toString()));
        model.addAttribute("status", EmploymentInput.BLANK);
        return "person/form";
    }

    @PostMapping("/persons")
    String register(PersonInput input, EmploymentInput status, UserAccount user, Jurisdiction jurisdiction, Model model,
                    RedirectAttributes redirect) {
        PersonPermissions.requireRecord(user);
        try {
            boolean statusGiven = status.employed() != null && !status.employed().isBlank();
            long id = registry.register(input, statusGiven ? status : null, jurisdiction);
            redirect.addFlashAttribute("notice", "已登记 " + input.name().strip() + "。");
            return "redirect:/persons/" + id;
        } catch (PersonRuleException e) {
            model.addAttribute("input", input);
            model.addAttribute("status", status);
            model.addAttribute("errors", e.fieldErrors());
            return "person/form";
        }
    }

    /** The region picker's 选择/更新 without script: the form again, as typed, with the next level to choose. */
    @PostMapping(value = "/persons", params = "picker.pick")
    String registerFormAgain(PersonInput input, EmploymentInput status, UserAccount user, Model model) {
        PersonPermissions.requireRecord(user);
        model.addAttribute("input", input);
        model.addAttribute("status", status);
        return "person/form";
    }

    @GetMapping("/persons/{id}")
    String show(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction, Model model) {
        Person person = persons.require(id, jurisdiction);
        model.addAttribute("person", person);
        model.addAttribute("area", regions.pathTo(RegionCode.of(person.regionCode())));
        model.addAttribute("history", employment.findHistory(id, jurisdiction));
        var requests = changeRequests.findForPerson(id, jurisdiction);
        model.addAttribute("requests", requests);
        model.addAttribute("requestChanges", changeRequests.changesOf(requests, jurisdiction));
        if (!model.containsAttribute("status")) {
            // After a refused entry the form comes back as typed (flash attributes), not blank.
            model.addAttribute("status", EmploymentInput.BLANK);
        }
        // A merged duplicate is shown as what it was, with a link to the kept record, and offers nothing to change.
        model.addAttribute("mayRecord", PersonPermissions.mayRecord(user) && !person.merged());
        model.addAttribute("mayEdit", PersonPermissions.mayRecord(user) && !person.merged());
        model.addAttribute("mayReveal", PersonPermissions.mayReveal(user));
        model.addAttribute("auditTrail", PersonPermissions.mayReview(user)
                ? histories.of("person", String.valueOf(id), jurisdiction)
                : java.util.List.of());
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("household", households.findForPerson(id, LocalDate.now(), jurisdiction).orElse(null));
        accountSection.addTo(person, user, jurisdiction, model);
        return "person/show";
    }

    /**
     * The reveal form: put into the person page when 查看完整号码 is first opened (htmx), or a page of its own for a
     * browser without script.
     */
    @GetMapping("/persons/{id}/reveal")
    String revealForm(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx,
                      UserAccount user, Jurisdiction jurisdiction, Model model) {
        PersonPermissions.requireReveal(user);
        model.addAttribute("person", persons.require(id, jurisdiction));
        return htmx != null ? "person/show :: revealPanel" : "person/reveal";
    }

    /**
     * Shows one full number, for a purpose chosen on the form; the act and its purpose are recorded in
     * the audit trail. Answers the reveal panel again (the page of its own without script), with the number or
     * with what is missing.
     */
    @PostMapping("/persons/{id}/reveal")
    String reveal(@PathVariable long id, @RequestParam String field, @RequestParam(required = false) String purpose,
                  @RequestParam(required = false) String purposeOther, @RequestHeader(value = "HX-Request", required = false) String htmx,
                  UserAccount user, Jurisdiction jurisdiction, Model model) {
        PersonPermissions.requireReveal(user);
        Person person = persons.require(id, jurisdiction);
        model.addAttribute("person", person);
        model.addAttribute("purpose", purpose);
        model.addAttribute("purposeOther", purposeOther);
        try {
            RevealPurpose chosen = RevealPurpose.of(purpose, purposeOther);
            String value = registry.reveal(id, field, chosen, jurisdiction);
            model.addAttribute("revealed", new Revealed(PersonRegistry.revealedLabel(field), value, chosen.text()));
        } catch (PersonRuleException e) {
            model.addAttribute("errors", e.fieldErrors());
        }
        return htmx != null ? "person/show :: revealPanel" : "person/reveal";
    }

    /** A number shown in full, with what it is and why it was asked for. */
    public record Revealed(String label, String value, String purpose) {
    }

    @GetMapping("/persons/{id}/edit")
    String editForm(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction, Model model,
                    RedirectAttributes redirect) {
        PersonPermissions.requireRecord(user);
        Person person = persons.require(id, jurisdiction);
        if (person.merged()) {
            return MergedRecord.refuse(person, redirect);
        }
        // The form must show the full numbers to edit them, so opening it counts as revealing them.
        registry.reveal(id, "certificate", RevealPurpose.EDITING, jurisdiction);
        PersonData data = registry.dataOf(person, jurisdiction);
        model.addAttribute("person", person);
        model.addAttribute("input", PersonForms.inputOf(data, codes));
        model.addAttribute("needsApproval", PersonPermissions.editsNeedApproval(user));
        return "person/edit";
    }

    @PostMapping("/persons/{id}")
    String update(@PathVariable long id, @RequestParam int version, PersonInput input, UserAccount user,
                  Jurisdiction jurisdiction, Model model, RedirectAttributes redirect) {
        PersonPermissions.requireRecord(user);
        Person person = persons.require(id, jurisdiction);
        if (person.merged()) {
            return MergedRecord.refuse(person, redirect);
        }
        try {
            if (PersonPermissions.editsNeedApproval(user)) {
                changeRequests.submit(id, version, input, jurisdiction);
                redirect.addFlashAttribute("notice", "修改申请已提交，待本级工作人员审核后生效。");
            } else {
                registry.update(id, version, input, jurisdiction);
                redirect.addFlashAttribute("notice", "已保存。");
            }
            return "redirect:/persons/" + id;
        } catch (PersonRuleException e) {
            model.addAttribute("person", person);
            model.addAttribute("input", input);
            model.addAttribute("errors", e.fieldErrors());
            model.addAttribute("needsApproval", PersonPermissions.editsNeedApproval(user));
            return "person/edit";
        }
    }

    /** The region picker's 选择/更新 without script: the edit form again, as typed. */
    @PostMapping(value = "/persons/{id}", params = "picker.pick")
    String editFormAgain(@PathVariable long id, PersonInput input, UserAccount user, Jurisdiction jurisdiction, Model model) {
        PersonPermissions.requireRecord(user);
        model.addAttribute("person", persons.require(id, jurisdiction));
        model.addAttribute("input", input);
        model.addAttribute("needsApproval", PersonPermissions.editsNeedApproval(user));
        return "person/edit";
    }

    /**
     * The 登记新的就业状况 form: put into the person page when that section is first opened (htmx), or a page of its
     * own for a browser without script.
     */
    @GetMapping("/persons/{id}/employment/new")
    String statusForm(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx,
                      UserAccount user, Jurisdiction jurisdiction, Model model, RedirectAttributes redirect) {
        PersonPermissions.requireRecord(user);
        Person person = persons.require(id, jurisdiction);
        if (person.merged()) {
            return MergedRecord.refuse(person, redirect);
        }
        model.addAttribute("person", person);
        model.addAttribute("status", EmploymentInput.BLANK);
        return htmx != null ? "person/show :: statusForm" : "person/status-new";
    }

    @PostMapping("/persons/{id}/employment")
    String recordStatus(@PathVariable long id, EmploymentInput status, UserAccount user, Jurisdiction jurisdiction,
                        RedirectAttributes redirect) {
        PersonPermissions.requireRecord(user);
        try {
            employment.record(id, status, false, jurisdiction);
            redirect.addFlashAttribute("notice", "已登记就业状况。");
        } catch (PersonRuleException e) {
            redirect.addFlashAttribute("statusErrors", e.fieldErrors());
            redirect.addFlashAttribute("status", status);
        }
        return "redirect:/persons/" + id + "#employment";
    }

    @PostMapping("/persons/{id}/employment/{eventId}/void")
    String voidStatus(@PathVariable long id, @PathVariable long eventId, @RequestParam(defaultValue = "") String reason,
                      UserAccount user, Jurisdiction jurisdiction, RedirectAttributes redirect) {
        PersonPermissions.requireReviewer(user);
        try {
            employment.voidRecord(id, eventId, reason, jurisdiction);
            redirect.addFlashAttribute("notice", "已作废该条记录。");
        } catch (PersonRuleException e) {
            redirect.addFlashAttribute("statusErrors", Map.of("voidReason", e.getMessage()));
        }
        return "redirect:/persons/" + id + "#employment";
    }
}
