package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.testing.ZhuyeTest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The home page's queue for each role, and the grouped menu: on a phone one 菜单 control, with and without script. */
@ZhuyeTest
class WorkQueueBrowserTest extends BrowserTest {

    private static final String COUNTY = "150222000000";

    @Autowired
    AccountFixtures accounts;

    private Page at(int width, int height) {
        return newPage(new Browser.NewContextOptions().setViewportSize(width, height));
    }

    private Locator menuLink(Page page, String name) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("主导航"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void everyRoleSeesItsOwnQueueOnTheHomePageAtBothWidths() {
        record Case(Role role, String region, String sees, String neverSees) {
        }
        Case[] cases = {
                new Case(Role.STAFF, COUNTY, "待审核的修改申请", "尚未完成“四个一”"),
                new Case(Role.GRASSROOTS, "150222102000", "尚未完成“四个一”", "待审核的修改申请"),
                new Case(Role.ADMIN, COUNTY, "待审核的年审申报", "尚未完成“四个一”"),
                new Case(Role.VIEWER, COUNTY, "登记的持证残疾人", "待办工作"),
                new Case(Role.EMPLOYER, COUNTY, "您的账号尚未绑定用人单位", "登记的持证残疾人"),
                new Case(Role.PERSON, COUNTY, "请从菜单进入您的业务", "登记的持证残疾人"),
        };
        for (Case c : cases) {
            UserAccount user = accounts.create("queue-" + c.role().name().toLowerCase(), c.region(), c.role());
            for (int width : new int[] {1280, 390}) {
                Page page = at(width, width == 390 ? 844 : 800);
                signIn(page, user.username(), AccountFixtures.PASSWORD);
                assertThat(page.locator("h1")).hasText("首页");
                assertThat(page.locator("main")).containsText(c.sees());
                assertThat(page.locator("main")).not().containsText(c.neverSees());
                check(page, c.role().name().toLowerCase() + "-" + width);
                assertNoHorizontalScroll(page, c.role() + " " + width);
            }
        }
    }

    @Test
    void onAPhoneThePageStartsOnTheFirstScreenAndTheMenuButtonWorksByKeyboard() {
        UserAccount staff = accounts.create("queue-phone", COUNTY, Role.STAFF);
        Page phone = at(390, 844);
        signIn(phone, staff.username(), AccountFixtures.PASSWORD);
        phone.navigate("/persons");

        double top = phone.locator("h1").boundingBox().y;
        assertTrue(top < 844, "390 px 宽时 /persons 的标题在第一屏之外：y = " + top);
        Locator button = phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("菜单"));
        assertThat(button).hasAttribute("aria-expanded", "false");
        assertThat(menuLink(phone, "修改申请")).isHidden();
        check(phone, "phone-menu-closed");

        button.focus();
        phone.keyboard().press("Enter");
        assertThat(button).hasAttribute("aria-expanded", "true");
        assertThat(menuLink(phone, "修改申请")).isVisible();
        assertThat(menuLink(phone, "人员查询")).hasAttribute("aria-current", "page");
        check(phone, "phone-menu-open");

        phone.keyboard().press("Tab");
        phone.keyboard().press("Escape");
        assertThat(button).hasAttribute("aria-expanded", "false");
        assertThat(button).isFocused();
        assertThat(menuLink(phone, "修改申请")).isHidden();

        phone.keyboard().press("Space");
        assertThat(button).hasAttribute("aria-expanded", "true");
        phone.keyboard().press("Enter");
        assertThat(button).hasAttribute("aria-expanded", "false");
    }

    @Test
    void withoutScriptThePhoneMenuIsALinkThatOpensIt() {
        UserAccount staff = accounts.create("queue-noscript", COUNTY, Role.STAFF);
        Page phone = newPage(new Browser.NewContextOptions().setViewportSize(390, 844).setJavaScriptEnabled(false));
        signIn(phone, staff.username(), AccountFixtures.PASSWORD);
        phone.navigate("/persons");
        assertTrue(phone.locator("h1").boundingBox().y < 844, "无脚本时 /persons 的标题在第一屏之外");
        assertThat(menuLink(phone, "疑似重复")).isHidden();

        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("菜单").setExact(true)).click();
        assertThat(phone).hasURL(Pattern.compile("#site-menu$"));
        assertThat(menuLink(phone, "疑似重复")).isVisible();
        // axe-core runs as script in the page, so it cannot run here; the same menu passes it in the test above.
        phone.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(java.nio.file.Paths.get("target/screenshots/phone-menu-no-script.png")));
        menuLink(phone, "疑似重复").click();
        assertThat(phone.locator("h1")).containsText("疑似重复");
    }
}
