package org.zhuye.platform.help;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 用户手册 at /help, open without signing in: the login page's footer links to it, and it holds no one's data. */
@Controller
class HelpController {

    private final UserGuide guide;

    HelpController(UserGuide guide) {
        this.guide = guide;
    }

    @GetMapping("/help")
    String help(Model model) {
        model.addAttribute("guide", guide.html());
        return "help/guide";
    }
}
