package org.zhuye.person.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuye.account.UserAccount;
import org.zhuye.person.MergedRecord;
import org.zhuye.person.Person;
import org.zhuye.person.PersonRepository;
import org.zhuye.person.PersonRuleException;
import org.zhuye.region.Jurisdiction;

/** 本人账号 on the person page: bind an existing PERSON account, create one (administrators), unbind, lift a lock. */
@Controller
class PersonAccountController {

    private final PersonAccountBinding binding;
    private final PersonRepository persons;
    private final PersonAccountSection section;

    PersonAccountController(PersonAccountBinding binding, PersonRepository persons, PersonAccountSection section) {
        this.binding = binding;
        this.persons = persons;
        this.section = section;
    }

    /**
     * The forms of 本人账号 (bind, create, lift a lock): put into the person page when their section is first opened
     * (htmx), or a page of their own for a browser without script.
     */
    @GetMapping("/persons/{id}/account/forms")
    String forms(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx, UserAccount user,
                 Jurisdiction jurisdiction, Model model, RedirectAttributes redirect) {
        PersonAccountSection.requireBind(user);
        Person person = persons.require(id, jurisdiction);
        if (person.merged()) {
            return MergedRecord.refuse(person, redirect);
        }
        model.addAttribute("person", person);
        section.addTo(person, user, jurisdiction, model);
        return htmx != null ? "person/account/section :: forms" : "person/account/forms";
    }

    @PostMapping("/persons/{id}/account")
    String bind(@PathVariable long id, @RequestParam(defaultValue = "") String username, UserAccount user,
                Jurisdiction jurisdiction, RedirectAttributes redirect) {
        PersonAccountSection.requireBind(user);
        try {
            binding.bind(id, username, jurisdiction);
            redirect.addFlashAttribute("notice", "已绑定本人账号 " + username.strip() + "。");
        } catch (PersonRuleException e) {
            redirect.addFlashAttribute("accountErrors", e.fieldErrors());
            redirect.addFlashAttribute("bindUsername", username);
        }
        return "redirect:/persons/" + id + "#person-account";
    }

    @PostMapping("/persons/{id}/account/new")
    String create(@PathVariable long id, @RequestParam(defaultValue = "") String newUsername,
                  @RequestParam(defaultValue = "") String newDisplayName, UserAccount user, Jurisdiction jurisdiction,
                  RedirectAttributes redirect) {
        PersonAccountSection.requireBind(user);
        try {
            String password = binding.createAndBind(user, id, newUsername, newDisplayName, jurisdiction);
            redirect.addFlashAttribute("temporaryPassword", password);
            redirect.addFlashAttribute("notice", "已创建并绑定本人账号 " + newUsername.strip() + "。");
        } catch (PersonRuleException e) {
            redirect.addFlashAttribute("newAccountErrors", e.fieldErrors());
            redirect.addFlashAttribute("newUsername", newUsername);
            redirect.addFlashAttribute("newDisplayName", newDisplayName);
        }
        return "redirect:/persons/" + id + "#person-account";
    }

    @PostMapping("/persons/{id}/account/{userId}/unbind")
    String unbind(@PathVariable long id, @PathVariable long userId, UserAccount user, Jurisdiction jurisdiction,
                  RedirectAttributes redirect) {
        PersonAccountSection.requireBind(user);
        binding.unbind(id, userId, jurisdiction);
        redirect.addFlashAttribute("notice", "已解除本人账号的绑定。");
        return "redirect:/persons/" + id + "#person-account";
    }

    @PostMapping("/persons/{id}/account/reset")
    String reset(@PathVariable long id, @RequestParam(defaultValue = "") String resetUsername, UserAccount user,
                 Jurisdiction jurisdiction, RedirectAttributes redirect) {
        PersonAccountSection.requireBind(user);
        try {
            binding.resetTries(resetUsername, jurisdiction);
            redirect.addFlashAttribute("notice", "已解除账号 " + resetUsername.strip() + " 的自助绑定锁定，本人可重新核验绑定。");
        } catch (PersonRuleException e) {
            redirect.addFlashAttribute("resetErrors", e.fieldErrors());
            redirect.addFlashAttribute("resetUsername", resetUsername);
        }
        return "redirect:/persons/" + id + "#person-account";
    }
}
