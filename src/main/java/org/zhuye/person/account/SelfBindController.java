package org.zhuye.person.account;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;

/**
 * 绑定本人档案 ({@code /me/bind}): a PERSON account not yet bound proves who it is. The form sets no time
 * limit of its own (many users type slowly with assistive technology); the page says that the session's
 * idle sign-out still applies. The numbers typed are never shown back after a mismatch, only the name, so
 * a shared screen does not keep them.
 */
@Controller
class SelfBindController {

    private final SelfBinding binding;

    SelfBindController(SelfBinding binding) {
        this.binding = binding;
    }

    @GetMapping("/me/bind")
    String form(UserAccount user, Model model) {
        requirePerson(user);
        SelfBinding.State state = binding.stateOf(user);
        if (state.bound()) {
            return "redirect:/me/record";
        }
        return form(state, null, Map.of(), model);
    }

    @PostMapping("/me/bind")
    String bind(@RequestParam(defaultValue = "") String certificateNumber, @RequestParam(defaultValue = "") String name,
                @RequestParam(defaultValue = "") String phone, UserAccount user, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        requirePerson(user);
        SelfBinding.Outcome outcome = binding.bind(user, certificateNumber, name, phone);
        if (outcome.bound()) {
            redirect.addFlashAttribute("notice", "已绑定您的残疾人档案。");
            return "redirect:/me/record";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(binding.stateOf(user), name, outcome.errors(), model);
    }

    private String form(SelfBinding.State state, String name, Map<String, String> errors, Model model) {
        model.addAttribute("state", state);
        model.addAttribute("name", name);
        model.addAttribute("errors", errors);
        return "person/account/bind";
    }

    static void requirePerson(UserAccount user) {
        if (!user.roles().contains(Role.PERSON) || user.roles().stream().anyMatch(Role::staffSide)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
