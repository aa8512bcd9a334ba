package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.testing.ZhuyeTest;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

@ZhuyeTest
class UserAdministrationBrowserTest extends BrowserTest {

    @Autowired
    AccountFixtures accounts;

    @Test
    void adminCreatesANarrowerUserWhoCannotSeeOutsideIt() {
        String username = unique("xincheng");
        signIn(page, "admin", ZhuyeTest.ADMIN_PASSWORD);
        page.navigate("/admin/users");
        check("users");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新建用户")).click();
        check("new-user");

        fillUserForm(username, "新城区工作人员", "150102");
        assertThat(page).hasURL(Pattern.compile("/admin/users/\\d+$"));
        Locator secret = page.locator(".secret .code");
        assertThat(secret).isVisible();
        String temporary = secret.textContent().strip();
        check("created");
        signOut(page);
        check("signed-out");

        signIn(page, username, temporary);
        assertThat(page).hasURL(Pattern.compile("/account/password$"));
        check("password-required");
        String chosen = "Xincheng-Pass-2026";
        changePassword(temporary, chosen, chosen + "!");
        assertThat(page.locator("#confirm-error")).hasText("两次输入的新密码不一致");
        assertThat(page.locator("#confirm")).hasAttribute("aria-invalid", "true");
        check("password-mismatch");
        changePassword(temporary, chosen, chosen);

        assertThat(page).hasURL(Pattern.compile(":\\d+/$"));
        assertThat(page.locator("#area-heading + p strong")).hasText("新城区");
        check("home");

        page.navigate("/regions");
        assertThat(page.locator("h1")).containsText("新城区");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("区划层级"))
                .getByRole(AriaRole.LINK)).hasCount(0);
        check("regions");

        assertEquals(404, page.navigate("/regions/150203").status());
        assertThat(page.locator("h1")).hasText("未找到");
        check("outside-jurisdiction");

        assertEquals(403, page.navigate("/admin/users").status());
        assertThat(page.locator("h1")).hasText("无权访问");
        check("users-forbidden");
    }

    @Test
    void leagueAdminCannotCreateAProvinceWideUser() {
        UserAccount league = accounts.create("hohhot-admin", "1501", Role.ADMIN);
        String username = unique("province");
        signIn(page, league.username(), AccountFixtures.PASSWORD);
        assertThat(page.locator("#area-heading + p strong")).hasText("呼和浩特市");

        page.navigate("/admin/users/new");
        // The picker starts inside 呼和浩特市: no wider area and no other league can be chosen (GrantPolicy refuses one anyway).
        Locator top = page.getByLabel("旗县（市、区）");
        assertThat(top.locator("option[value='150102000000']")).hasCount(1);
        assertThat(page.locator("select[name=regionCode] option[value^='1502']")).hasCount(0);
        assertThat(page.locator("input[type=hidden][name=regionCode]")).hasValue("150100000000");
        page.locator("#regionCode-q").fill("青山");
        assertThat(page.locator("#regionCode-found")).isVisible();
        assertThat(page.locator("#regionCode-found option[value^='1502']")).hasCount(0);
        check("picker-inside-league");
        fillUserForm(username, "呼和浩特用户", "150102");
        assertThat(page).hasURL(Pattern.compile("/admin/users/\\d+$"));
    }

    private void fillUserForm(String username, String displayName, String regionCode) {
        page.locator("#username").fill(username);
        page.locator("#displayName").fill(displayName);
        page.locator("#role-STAFF").check();
        pickRegion(page, "regionCode", regionCode);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("创建用户")).click();
    }

    private void changePassword(String current, String password, String confirm) {
        page.locator("#current").fill(current);
        page.locator("#password").fill(password);
        page.locator("#confirm").fill(confirm);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存新密码")).click();
    }

    static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }
}
