package org.zhuye.training.provider;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuye.account.UserAccount;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.Jurisdiction;
import org.zhuye.training.TrainingRuleException;

/** {@code /training/providers}: the area's providers, and for STAFF and ADMIN the forms that register one. */
@Controller
class ProviderPageController {

    private final Providers providers;

    ProviderPageController(Providers providers) {
        this.providers = providers;
    }

    @GetMapping("/training/providers")
    String list(PageRequest paging, UserAccount user, Jurisdiction jurisdiction, Model model) {
        return page(new ProviderInput(null, null, null, null, null, null), paging, user, jurisdiction, model);
    }

    @PostMapping("/training/providers")
    String register(@RequestParam(required = false) String institutionId, @RequestParam(required = false) String name,
                    @RequestParam(required = false) String creditCode, @RequestParam(required = false) String regionCode,
                    @RequestParam(required = false) String contactName, @RequestParam(required = false) String contactPhone,
                    UserAccount user, Jurisdiction jurisdiction, Model model, RedirectAttributes redirect) {
        ProviderInput input = new ProviderInput(institutionId, name, creditCode, regionCode, contactName, contactPhone);
        try {
            providers.register(input, user, jurisdiction);
            redirect.addFlashAttribute("notice", "已登记培训机构。");
            return "redirect:/training/providers";
        } catch (TrainingRuleException e) {
            model.addAttribute("errors", e.fieldErrors());
            return page(input, PageRequest.first(), user, jurisdiction, model);
        }
    }

    @PostMapping(value = "/training/providers", params = "picker.pick")
    String formAgain(@RequestParam(required = false) String name, @RequestParam(required = false) String creditCode,
                     @RequestParam(required = false) String regionCode, @RequestParam(required = false) String contactName,
                     @RequestParam(required = false) String contactPhone, UserAccount user, Jurisdiction jurisdiction, Model model) {
        return page(new ProviderInput(null, name, creditCode, regionCode, contactName, contactPhone), PageRequest.first(), user,
                jurisdiction, model);
    }

    private String page(ProviderInput input, PageRequest paging, UserAccount user, Jurisdiction jurisdiction, Model model) {
        model.addAttribute("page", providers.list(paging, user, jurisdiction));
        model.addAttribute("input", input);
        boolean editor = Providers.staffEditor(user);
        model.addAttribute("mayRegister", editor);
        if (editor) {
            model.addAttribute("institutions", providers.institutionsToTakeOn(jurisdiction));
        }
        return "training/course/providers";
    }
}
