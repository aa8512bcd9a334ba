package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.testing.ZhuyeTest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The pages the journeys in the other browser tests do not reach, and reflow at small widths. */
@ZhuyeTest
class AccessibilityBrowserTest extends BrowserTest {

    @Autowired
    AccountFixtures accounts;

    @Test
    void everyAdministrationPagePassesAxe(@TempDir Path temp) throws IOException {
        signIn(page, "admin", ZhuyeTest.ADMIN_PASSWORD);

        page.navigate("/admin/users/new");
        page.locator("#username").fill(UserAdministrationBrowserTest.unique("no-roles"));
        page.locator("#displayName").fill("缺少角色");
        button("创建用户").click();
        assertThat(page.locator("#roles-error")).hasText("至少选择一个角色");
        check("user-form-errors");

        UserAccount staff = accounts.create("token-holder", "150102000000", Role.STAFF);
        page.navigate("/admin/users/" + staff.id());
        page.locator("#token-name").fill("数据交换");
        button("签发令牌").click();
        assertThat(page.locator("#tokens .secret .code.big")).containsText("zy_");
        assertThat(page.locator("#tokens tbody tr")).hasCount(1);
        check("user-with-token");

        page.navigate("/admin/audit");
        check("audit");
        page.locator("#actor").fill("admin");
        button("筛选").click();
        assertThat(page).hasURL(Pattern.compile("actor=admin"));
        assertThat(page.locator("tbody tr").first()).containsText("admin");
        check("audit-filtered");

        page.navigate("/admin/regions/import");
        check("import");
        Path bad = temp.resolve("bad.csv");
        Files.writeString(bad, """
                code,name,level,parent_code,urban_rural_class,kind
                15010X000000,坏代码,2,150000000000,,ADMIN
                159900000000,,2,150000000000,,ADMIN
                """);
        page.locator("#file").setInputFiles(bad);
        button("上传").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("文件未导入");
        assertThat(page.locator("tbody tr")).not().hasCount(0);
        assertThat(page.locator("tbody")).containsText("区划代码必须是12位数字");
        check("import-errors");

        page.navigate("/account/password");
        page.locator("#current").fill("not-my-password-1");
        page.locator("#password").fill("short");
        page.locator("#password").evaluate("input => input.removeAttribute('minlength')");
        page.locator("#confirm").fill("short");
        button("保存新密码").click();
        assertThat(page.locator("#current-error")).hasText("当前密码不正确");
        assertThat(page.locator("#password-error")).containsText("至少需要10个字符");
        check("password-errors");

        assertEquals(404, page.navigate("/no-such-page").status());
        assertThat(page.locator("h1")).hasText("未找到");
        check("not-found");

        assertEquals(400, page.navigate("/persons?category=abc").status());
        assertThat(page.locator("h1")).hasText("请求有误");
        assertThat(page.locator("#content")).containsText("参数 category 的值“abc”无效：应为整数");
        check("bad-request");
    }

    @Test
    void loginAndHomeFitAPhoneAndDoubleZoomWithoutSidewaysScrolling() {
        reflows("phone", new Browser.NewContextOptions().setViewportSize(320, 640));
        reflows("zoom200", new Browser.NewContextOptions().setViewportSize(640, 400).setDeviceScaleFactor(2));
    }

    private void reflows(String name, Browser.NewContextOptions options) {
        Page small = newPage(options);
        small.navigate("/login");
        assertNoHorizontalScroll(small, name + " login");
        check(small, name + "-login");
        signIn(small, "admin", ZhuyeTest.ADMIN_PASSWORD);
        assertThat(small.locator("#area-heading")).isVisible();
        assertNoHorizontalScroll(small, name + " home");
        check(small, name + "-home");
    }

    private com.microsoft.playwright.Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
