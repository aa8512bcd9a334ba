package org.zhuye.account;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@Controller
class PasswordController {

    private final PasswordChange passwordChange;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordController(PasswordChange passwordChange) {
        this.passwordChange = passwordChange;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        model.addAttribute("required", AccountWebConfiguration.signedIn().account().mustChangePassword());
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(@RequestParam String current, @RequestParam String password, @RequestParam String confirm,
                  Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        CurrentUser user = AccountWebConfiguration.signedIn();
        try {
            // The new password moves the account's security stamp on, which would end this session
            // too; it is the one session that proved the new password, so it keeps going with the new stamp.
            CurrentUser refreshed = passwordChange.change(user.account(), current, password, confirm);
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(refreshed, null, refreshed.getAuthorities()));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            redirect.addFlashAttribute("notice", "密码已修改。");
            return "redirect:/";
        } catch (AccountRuleException e) {
            model.addAttribute("errors", e.fieldErrors());
            model.addAttribute("required", user.account().mustChangePassword());
            return "account/password";
        }
    }
}
