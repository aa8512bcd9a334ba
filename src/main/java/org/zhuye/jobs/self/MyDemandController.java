package org.zhuye.jobs.self;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuye.account.UserAccount;
import org.zhuye.casework.CaseworkRuleException;
import org.zhuye.casework.SelfRegisteredDemands;
import org.zhuye.person.Person;
import org.zhuye.person.PersonAccounts;

/**
 * 登记我的就业需求 ({@code /me/demand}): the person registers or updates their job demand themself. It is
 * recorded as casework's 就业需求登记 service delivered by 本人（自助登记）, with the same form and rules as a
 * worker's, so it counts in the 四个一 like any other; the form starts from the current demand.
 */
@Controller
class MyDemandController {

    private final Me me;
    private final SelfRegisteredDemands demands;

    MyDemandController(Me me, SelfRegisteredDemands demands) {
        this.me = me;
        this.demands = demands;
    }

    @GetMapping("/me/demand")
    String form(UserAccount user, Model model) {
        Optional<Person> found = me.of(user);
        if (found.isEmpty()) {
            return "redirect:/me/bind";
        }
        Person person = found.get();
        demands.addFormTo(person.id(), null, Map.of(), PersonAccounts.scopeOf(person), model);
        return "jobs/self/demand";
    }

    @PostMapping("/me/demand")
    String save(@RequestParam MultiValueMap<String, String> form, UserAccount user, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        Optional<Person> found = me.of(user);
        if (found.isEmpty()) {
            return "redirect:/me/bind";
        }
        Person person = found.get();
        Map<String, List<String>> answers = Map.copyOf(form);
        try {
            demands.register(person.id(), answers, PersonAccounts.scopeOf(person));
        } catch (CaseworkRuleException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            demands.addFormTo(person.id(), answers, e.fieldErrors(), PersonAccounts.scopeOf(person), model);
            return "jobs/self/demand";
        }
        redirect.addFlashAttribute("notice", "已保存您的就业需求。");
        return "redirect:/me/record#demand";
    }
}
