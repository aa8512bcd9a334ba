package org.zhuye.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private final LockoutSettings lockout;

    LoginController(LockoutSettings lockout) {
        this.lockout = lockout;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                 @RequestParam(required = false) String expired, Model model) {
        if (error != null) {
            // One message whatever went wrong: telling a locked or disabled account from an unknown
            // name would confirm to a guesser which names are real.
            model.addAttribute("error", "用户名或密码不正确，或账号暂不能登录。从同一地址连续" + lockout.maxFailures()
                    + "次输错密码后，须等待" + lockout.duration().toMinutes() + "分钟以上再试；如仍不能登录，请联系管理员。");
        }
        if (expired != null) {
            model.addAttribute("message", "您的账号信息（角色、管辖范围、状态或密码）已变更，请重新登录。");
        }
        if (logout != null) {
            model.addAttribute("message", "您已安全退出。");
        }
        return "account/login";
    }
}
