package org.zhuye.person.household;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuye.account.UserAccount;
import org.zhuye.person.CertificateLookup;
import org.zhuye.person.CodeLists;
import org.zhuye.person.PersonNotFoundException;
import org.zhuye.person.PersonPermissions;
import org.zhuye.person.PersonRuleException;
import org.zhuye.person.Sex;
import org.zhuye.region.Jurisdiction;

/** A household's page and the forms that change it; every change is dated. */
@Controller
class HouseholdController {

    private final Households households;
    private final CodeLists codes;
    private final CertificateLookup certificates;

    HouseholdController(Households households, CodeLists codes, CertificateLookup certificates) {
        this.households = households;
        this.codes = codes;
        this.certificates = certificates;
    }

    @GetMapping("/persons/households/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                UserAccount user, Jurisdiction jurisdiction, Model model) {
        LocalDate date = asOf == null ? LocalDate.now() : asOf;
        model.addAttribute("household", households.find(id, date, jurisdiction).orElseThrow(() -> new PersonNotFoundException(id)));
        model.addAttribute("asOf", date);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("relations", codes.list(CodeLists.RELATION));
        model.addAttribute("mayEdit", PersonPermissions.mayRecord(user));
        return "person/household";
    }

    @PostMapping("/persons/{personId}/household")
    String create(@PathVariable long personId, @RequestParam(defaultValue = "") String address,
                  @RequestParam(defaultValue = "") String startOn, @RequestParam(defaultValue = "true") boolean ableToWork,
                  UserAccount user, Jurisdiction jurisdiction, RedirectAttributes redirect) {
        PersonPermissions.requireRecord(user);
        try {
            long id = households.createFor(personId, address, date(startOn), ableToWork, jurisdiction);
            redirect.addFlashAttribute("notice", "已建立家庭。");
            return "redirect:/persons/households/" + id;
        } catch (PersonRuleException e) {
            redirect.addFlashAttribute("householdError", e.getMessage());
            return "redirect:/persons/" + personId + "#household";
        }
    }

    @PostMapping("/persons/households/{id}/members")
    String addMember(@PathVariable long id, @RequestParam(defaultValue = "") String certificateNumber,
                     @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String sex,
                     @RequestParam(defaultValue = "") String birthDate, @RequestParam(defaultValue = "") String relation,
                     @RequestParam(defaultValue = "true") boolean ableToWork, @RequestParam(defaultValue = "") String employed,
                     @RequestParam(defaultValue = "") String startOn, UserAccount user, Jurisdiction jurisdiction,
                     RedirectAttributes redirect) {
        PersonPermissions.requireRecord(user);
        return change(id, redirect, "已加入成员。", () -> {
            LocalDate start = date(startOn);
            if (!certificateNumber.isBlank()) {
                CertificateLookup.Found found = certificates.find(certificateNumber, jurisdiction);
                long personId = found.personId()
                        .orElseThrow(() -> new PersonRuleException(Map.of("certificateNumber", found.problem())));
                households.addRegistered(id, personId, relation, ableToWork, start, jurisdiction);
            } else {
                households.addOther(id, name, "M".equals(sex) ? Sex.MALE : "F".equals(sex) ? Sex.FEMALE : null,
                        birthDate.isBlank() ? null : date(birthDate), relation, ableToWork,
                        employed.isBlank() ? null : "是".equals(employed), start, jurisdiction);
            }
        });
    }

    @PostMapping("/persons/households/{id}/members/{memberId}/end")
    String endMember(@PathVariable long id, @PathVariable long memberId, @RequestParam(defaultValue = "") String endOn,
                     UserAccount user, Jurisdiction jurisdiction, RedirectAttributes redirect) {
        PersonPermissions.requireRecord(user);
        return change(id, redirect, "已登记成员离开。", () -> households.endMembership(id, memberId, date(endOn), jurisdiction));
    }

    @PostMapping("/persons/households/{id}/members/{memberId}/employment")
    String memberEmployment(@PathVariable long id, @PathVariable long memberId, @RequestParam String employed,
                            @RequestParam(defaultValue = "") String effectiveOn, UserAccount user, Jurisdiction jurisdiction,
                            RedirectAttributes redirect) {
        PersonPermissions.requireRecord(user);
        return change(id, redirect, "已登记成员就业状况。",
                () -> households.recordMemberEmployment(id, memberId, "是".equals(employed), date(effectiveOn), jurisdiction));
    }

    @PostMapping("/persons/households/{id}/dibao")
    String dibao(@PathVariable long id, @RequestParam String action, @RequestParam(defaultValue = "") String on,
                 UserAccount user, Jurisdiction jurisdiction, RedirectAttributes redirect) {
        PersonPermissions.requireRecord(user);
        return change(id, redirect, "已登记低保变化。", () -> {
            if ("start".equals(action)) {
                households.startDibao(id, date(on), jurisdiction);
            } else {
                households.endDibao(id, date(on), jurisdiction);
            }
        });
    }

    private String change(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", done);
        } catch (PersonRuleException e) {
            redirect.addFlashAttribute("householdError", e.getMessage());
        }
        return "redirect:/persons/households/" + id;
    }

    /** Blank means today; a malformed date is a rule error shown on the page, not a server error. */
    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new PersonRuleException(Map.of("date", "日期须写作 YYYY-MM-DD"));
        }
    }
}
