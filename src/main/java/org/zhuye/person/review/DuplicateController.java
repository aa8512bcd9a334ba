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
import org.zhuye.region.Jurisdiction;

/** Staff review of potential duplicates (same name, birth date and county). */
@Controller
class DuplicateController {

    private final DuplicateReview review;

    DuplicateController(DuplicateReview review) {
        this.review = review;
    }

    @GetMapping("/persons/duplicates")
    String list(UserAccount user, Jurisdiction jurisdiction, Model model) {
        PersonPermissions.requireReviewer(user);
        model.addAttribute("pairs", review.findOpen(jurisdiction));
        return "person/duplicates";
    }

    @PostMapping("/persons/duplicates/{id}/dismiss")
    String dismiss(@PathVariable long id, @RequestParam(defaultValue = "") String note, UserAccount user,
                   Jurisdiction jurisdiction, RedirectAttributes redirect) {
        PersonPermissions.requireReviewer(user);
        review.dismiss(id, note, jurisdiction);
        redirect.addFlashAttribute("notice", "已确认不是同一人。");
        return "redirect:/persons/duplicates";
    }

    @PostMapping("/persons/duplicates/{id}/merge")
    String merge(@PathVariable long id, @RequestParam long keep, UserAccount user, Jurisdiction jurisdiction,
                 RedirectAttributes redirect) {
        PersonPermissions.requireReviewer(user);
        review.merge(id, keep, jurisdiction);
        redirect.addFlashAttribute("notice", "已合并，保留人员编号 " + keep + "。");
        return "redirect:/persons/" + keep;
    }
}
