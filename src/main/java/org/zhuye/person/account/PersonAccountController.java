package org.zhuye.person.account;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuye.account.UserAccount;
import org.zhuye.person.PersonRuleException;
import org.zhuye.region.Jurisdiction;

/** 本人账号 on the person page: bind an existing PERSON account, create one (administrators), unbind, lift a lock. */
@Controller
class PersonAccountController {

    private final PersonAccountBinding binding;

    PersonAccountController(PersonAccountBinding binding) {
        this.binding = binding;
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
