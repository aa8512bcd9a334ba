package org.zhuye.account;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuye.platform.paging.PageRequest;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/** Account administration pages. Everything is checked again in {@link UserAdministration}. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final UserRepository users;
    private final UserAdministration administration;
    private final ApiTokens tokens;
    private final RegionRepository regions;

    UserAdminController(UserRepository users, UserAdministration administration, ApiTokens tokens,
                        RegionRepository regions) {
        this.users = users;
        this.administration = administration;
        this.tokens = tokens;
        this.regions = regions;
    }

    @GetMapping
    String list(UserAccount admin, @RequestParam(defaultValue = "") String q, PageRequest paging, Model model) {
        model.addAttribute("page", paging.of(users.search(q, admin.jurisdiction(), paging.size(), (int) paging.offset()),
                users.count(q, admin.jurisdiction())));
        model.addAttribute("q", q);
        model.addAttribute("total", users.count(admin.jurisdiction()));
        return "account/users";
    }

    @GetMapping("/new")
    String newForm(UserAccount admin, Model model) {
        model.addAttribute("form", new UserForm("", "", Set.of(), admin.regionCode(), true));
        return formPage(admin, model, null);
    }

    @PostMapping
    String create(UserAccount admin, UserForm form, Model model, RedirectAttributes redirect) {
        String password = PasswordGenerator.temporary();
        try {
            long id = administration.create(admin, new NewUser(form.username().strip(), form.displayName().strip(),
                    form.roleSet(), form.regionCode().strip()), password);
            redirect.addFlashAttribute("temporaryPassword", password);
            redirect.addFlashAttribute("notice", "已创建用户 " + form.username().strip() + "。");
            return "redirect:/admin/users/" + id;
        } catch (AccountRuleException e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", e.fieldErrors());
            return formPage(admin, model, null);
        }
    }

    /** The region picker's 选择/更新 without script: the form again, as typed. */
    @PostMapping(params = "picker.pick")
    String createFormAgain(UserAccount admin, UserForm form, Model model) {
        model.addAttribute("form", form);
        return formPage(admin, model, null);
    }

    @GetMapping("/{id}")
    String show(UserAccount admin, @PathVariable long id, Model model) {
        UserAccount user = administration.managed(admin, id);
        model.addAttribute("form", new UserForm(user.username(), user.displayName(),
                user.roles().stream().map(Role::name).collect(java.util.stream.Collectors.toSet()),
                user.regionCode(), user.enabled()));
        return formPage(admin, model, user);
    }

    @PostMapping("/{id}")
    String update(UserAccount admin, @PathVariable long id, UserForm form, Model model, RedirectAttributes redirect) {
        UserAccount user = administration.managed(admin, id);
        try {
            administration.update(admin, id, form.displayName(), form.roleSet(), form.regionCode().strip(), form.enabled());
            redirect.addFlashAttribute("notice", "已保存。");
            return "redirect:/admin/users/" + id;
        } catch (AccountRuleException e) {
            model.addAttribute("form", new UserForm(user.username(), form.displayName(), form.roles(), form.regionCode(), form.enabled()));
            model.addAttribute("errors", e.fieldErrors());
            return formPage(admin, model, user);
        }
    }

    /** The region picker's 选择/更新 without script: the form again, as typed. */
    @PostMapping(value = "/{id}", params = "picker.pick")
    String updateFormAgain(UserAccount admin, @PathVariable long id, UserForm form, Model model) {
        UserAccount user = administration.managed(admin, id);
        model.addAttribute("form", new UserForm(user.username(), form.displayName(), form.roles(), form.regionCode(), form.enabled()));
        return formPage(admin, model, user);
    }

    @PostMapping("/{id}/password-reset")
    String resetPassword(UserAccount admin, @PathVariable long id, RedirectAttributes redirect) {
        String password = PasswordGenerator.temporary();
        administration.resetPassword(admin, id, password);
        redirect.addFlashAttribute("temporaryPassword", password);
        redirect.addFlashAttribute("notice", "已重置密码，用户下次登录时必须修改。");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(UserAccount admin, @PathVariable long id, RedirectAttributes redirect) {
        administration.unlock(admin, id);
        redirect.addFlashAttribute("notice", "已解除锁定。");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/tokens")
    String issueToken(UserAccount admin, @PathVariable long id, @RequestParam String name,
                      @RequestParam(defaultValue = "90") int days, RedirectAttributes redirect) {
        try {
            String token = tokens.issue(admin, id, name, Duration.ofDays(days));
            redirect.addFlashAttribute("issuedToken", token);
            redirect.addFlashAttribute("notice", "已签发接口令牌「" + name.strip() + "」。");
        } catch (AccountRuleException e) {
            redirect.addFlashAttribute("tokenError", e.getMessage());
        }
        return "redirect:/admin/users/" + id + "#tokens";
    }

    @PostMapping("/{id}/tokens/{tokenId}/revoke")
    String revokeToken(UserAccount admin, @PathVariable long id, @PathVariable long tokenId, RedirectAttributes redirect) {
        tokens.revoke(admin, id, tokenId);
        redirect.addFlashAttribute("notice", "已吊销接口令牌。");
        return "redirect:/admin/users/" + id + "#tokens";
    }

    private String formPage(UserAccount admin, Model model, UserAccount user) {
        model.addAttribute("user", user);
        model.addAttribute("roles", Role.values());
        if (user != null) {
            model.addAttribute("userArea", regions.pathTo(RegionCode.of(user.regionCode())));
            model.addAttribute("tokens", tokens.listFor(admin, user.id()));
            model.addAttribute("now", java.time.Instant.now());
            model.addAttribute("locked", user.lockedAt(java.time.Instant.now()));
        }
        return "account/user-form";
    }

    /** The form as posted. {@code roles} holds role names; unknown ones are ignored. */
    record UserForm(String username, String displayName, Set<String> roles, String regionCode, Boolean enabled) {

        UserForm {
            username = username == null ? "" : username;
            displayName = displayName == null ? "" : displayName;
            roles = roles == null ? Set.of() : roles;
            regionCode = regionCode == null ? "" : regionCode;
            enabled = enabled != null && enabled;
        }

        Set<Role> roleSet() {
            Set<Role> set = EnumSet.noneOf(Role.class);
            roles.forEach(name -> Role.parse(name).ifPresent(set::add));
            return set;
        }
    }
}
