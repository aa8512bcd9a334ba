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
                 Model model) {
        if (error != null) {
            model.addAttribute("error", switch (error) {
                case "locked" -> "账号因连续" + lockout.maxFailures() + "次密码错误已被临时锁定，请"
                        + lockout.duration().toMinutes() + "分钟后再试，或请管理员解除锁定。";
                case "disabled" -> "账号已停用，请联系管理员。";
                default -> "用户名或密码不正确。";
            });
        }
        if (logout != null) {
            model.addAttribute("message", "您已安全退出。");
        }
        return "account/login";
    }
}
