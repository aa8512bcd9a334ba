package org.zhuye.person.review;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuye.account.UserAccount;
import org.zhuye.person.PersonPermissions;
import org.zhuye.person.PersonRuleException;
import org.zhuye.region.Jurisdiction;

/** Staff review of grassroots members' corrections. */
@Controller
class ChangeRequestController {

    private final ChangeRequests requests;

    ChangeRequestController(ChangeRequests requests) {
        this.requests = requests;
    }

    @GetMapping("/persons/requests")
    String list(UserAccount user, Jurisdiction jurisdiction, Model model) {
        PersonPermissions.requireReviewer(user);
        var pending = requests.findPending(jurisdiction);
        model.addAttribute("requests", pending);
        model.addAttribute("changes", requests.changesOf(pending, jurisdiction));
        return "person/requests";
    }

    @PostMapping("/persons/requests/{id}/approve")
    String approve(@PathVariable long id, UserAccount user, Jurisdiction jurisdiction, RedirectAttributes redirect) {
        PersonPermissions.requireReviewer(user);
        try {
            requests.approve(id, jurisdiction);
            redirect.addFlashAttribute("notice", "已批准，修改已生效。");
        } catch (PersonRuleException e) {
            redirect.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:/persons/requests";
    }

    @PostMapping("/persons/requests/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason, UserAccount user,
                  Jurisdiction jurisdiction, RedirectAttributes redirect) {
        PersonPermissions.requireReviewer(user);
        try {
            requests.reject(id, reason, jurisdiction);
            redirect.addFlashAttribute("notice", "已驳回。");
        } catch (PersonRuleException e) {
            redirect.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:/persons/requests";
    }
}
