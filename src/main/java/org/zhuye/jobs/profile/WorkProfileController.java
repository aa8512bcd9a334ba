package org.zhuye.jobs.profile;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuye.account.UserAccount;
import org.zhuye.jobs.JobRuleException;
import org.zhuye.jobs.TravelRange;
import org.zhuye.jobs.WorkDemand;
import org.zhuye.jobs.WorkMode;
import org.zhuye.jobs.WorkplaceFeature;
import org.zhuye.person.Person;
import org.zhuye.person.PersonAccounts;
import org.zhuye.person.PersonPermissions;
import org.zhuye.person.PersonRepository;
import org.zhuye.region.Jurisdiction;

/**
 * The work profile page for staff ({@code /persons/{id}/work-profile}) and for the person
 * themself ({@code /me/work-profile}, a PERSON account bound to its registry record): the current
 * profile, the form (prefilled from it, or from the latest assessment and job demand) and the earlier rows.
 */
@Controller
class WorkProfileController {

    private final WorkProfiles profiles;
    private final PersonRepository persons;
    private final PersonAccounts accounts;

    WorkProfileController(WorkProfiles profiles, PersonRepository persons, PersonAccounts accounts) {
        this.profiles = profiles;
        this.persons = persons;
        this.accounts = accounts;
    }

    @GetMapping("/persons/{id}/work-profile")
    String staff(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction, Model model) {
        Person person = persons.require(id, jurisdiction);
        WorkProfiles.Prefill prefill = profiles.findPrefill(id, jurisdiction);
        return page(person, jurisdiction, prefill.input(), prefill.assessment(), Map.of(), false,
                PersonPermissions.mayRecord(user) && !person.merged(), model);
    }

    @PostMapping("/persons/{id}/work-profile")
    String saveByStaff(@PathVariable long id, WorkProfileInput input, UserAccount user, Jurisdiction jurisdiction, Model model,
                       RedirectAttributes redirect, HttpServletResponse response) {
        PersonPermissions.requireRecord(user);
        Person person = persons.require(id, jurisdiction);
        try {
            WorkProfile saved = profiles.record(id, input, jurisdiction);
            redirect.addFlashAttribute("notice", "已保存就业能力与意愿，自 " + saved.validFrom() + " 起生效。");
            return "redirect:/persons/" + id + "/work-profile";
        } catch (JobRuleException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(person, jurisdiction, input, null, e.fieldErrors(), false, true, model);
        }
    }

    @GetMapping("/me/work-profile")
    String own(UserAccount user, Model model) {
        Optional<Person> me = accounts.personOf(user);
        if (me.isEmpty()) {
            return "jobs/profile/unbound";
        }
        Jurisdiction scope = PersonAccounts.scopeOf(me.get());
        WorkProfiles.Prefill prefill = profiles.findPrefill(me.get().id(), scope);
        return page(me.get(), scope, prefill.input(), prefill.assessment(), Map.of(), true, true, model);
    }

    @PostMapping("/me/work-profile")
    String saveOwn(WorkProfileInput input, UserAccount user, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        Optional<Person> me = accounts.personOf(user);
        if (me.isEmpty()) {
            return "jobs/profile/unbound";
        }
        Jurisdiction scope = PersonAccounts.scopeOf(me.get());
        // The person saves for today: the dating of earlier rows is for staff who record what they learnt before.
        WorkProfileInput today = new WorkProfileInput(input.eyesight(), input.bothHands(), input.handWork(), input.lifting(),
                input.standingWalking(), input.listeningTalking(), input.needs(), input.workModes(), input.hoursPerWeekMax(),
                input.travelRange(), input.wageExpectation(), input.occupationCodes(), input.noRecommendation(),
                input.wantsChange(), null, input.assessmentServiceId());
        try {
            profiles.record(me.get().id(), today, scope);
            redirect.addFlashAttribute("notice", "已保存您的就业能力与意愿。");
            return "redirect:/me/work-profile";
        } catch (JobRuleException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(me.get(), scope, input, null, e.fieldErrors(), true, true, model);
        }
    }

    private String page(Person person, Jurisdiction jurisdiction, WorkProfileInput input, Object assessment,
                        Map<String, String> errors, boolean self, boolean mayRecord, Model model) {
        var history = profiles.findHistory(person.id(), jurisdiction);
        model.addAttribute("person", person);
        model.addAttribute("current", history.isEmpty() ? null : history.get(0));
        model.addAttribute("history", history);
        model.addAttribute("input", input);
        model.addAttribute("assessment", assessment);
        model.addAttribute("errors", errors);
        model.addAttribute("self", self);
        model.addAttribute("mayRecord", mayRecord);
        model.addAttribute("action", self ? "/me/work-profile" : "/persons/" + person.id() + "/work-profile");
        model.addAttribute("demands", WorkDemand.values());
        model.addAttribute("features", WorkplaceFeature.values());
        model.addAttribute("modes", WorkMode.values());
        model.addAttribute("ranges", TravelRange.values());
        return "jobs/profile/page";
    }
}
