package org.zhuye.employer;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuye.account.UserAccount;
import org.zhuye.region.Jurisdiction;

/** 绑定单位账号 on the unit page: link an existing EMPLOYER account, create one (administrators), unlink. */
@Controller
class EmployerAccountController {

    private final EmployerAccounts accounts;

    EmployerAccountController(EmployerAccounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/employers/{id}/accounts")
    String link(@PathVariable long id, @RequestParam(defaultValue = "") String username, UserAccount user,
                Jurisdiction jurisdiction, RedirectAttributes redirect) {
        EmployerAccess.requireEdit(user);
        try {
            accounts.link(id, username, jurisdiction);
            redirect.addFlashAttribute("notice", "已绑定账号 " + username.strip() + "。");
        } catch (EmployerRuleException e) {
            redirect.addFlashAttribute("accountErrors", e.fieldErrors());
            redirect.addFlashAttribute("linkUsername", username);
        }
        return "redirect:/employers/" + id + "#accounts";
    }

    @PostMapping("/employers/{id}/accounts/new")
    String create(@PathVariable long id, @RequestParam(defaultValue = "") String newUsername,
                  @RequestParam(defaultValue = "") String newDisplayName, UserAccount user, Jurisdiction jurisdiction,
                  RedirectAttributes redirect) {
        EmployerAccess.requireEdit(user);
        try {
            String password = accounts.createAndLink(user, id, newUsername, newDisplayName, jurisdiction);
            redirect.addFlashAttribute("temporaryPassword", password);
            redirect.addFlashAttribute("notice", "已创建并绑定账号 " + newUsername.strip() + "。");
        } catch (EmployerRuleException e) {
            redirect.addFlashAttribute("newAccountErrors", e.fieldErrors());
            redirect.addFlashAttribute("newUsername", newUsername);
            redirect.addFlashAttribute("newDisplayName", newDisplayName);
        }
        return "redirect:/employers/" + id + "#accounts";
    }

    @PostMapping("/employers/{id}/accounts/{userId}/unlink")
    String unlink(@PathVariable long id, @PathVariable long userId, UserAccount user, Jurisdiction jurisdiction,
                  RedirectAttributes redirect) {
        EmployerAccess.requireEdit(user);
        accounts.unlink(id, userId, jurisdiction);
        redirect.addFlashAttribute("notice", "已解除该账号与本单位的绑定。");
        return "redirect:/employers/" + id + "#accounts";
    }
}
