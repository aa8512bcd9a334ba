package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.testing.ZhuyeTest;

/** 参数管理 at 1280 and 390 px: the index, the levy parameters with their wide table, and a refused row. */
@ZhuyeTest
class ParameterBrowserTest extends BrowserTest {

    @Autowired
    AccountFixtures accounts;

    @Test
    void theIndexAndAKindPageAreAccessibleOnADeskAndOnAPhone() {
        UserAccount admin = accounts.create("param-browser", "15", Role.ADMIN);
        for (int width : new int[]{1280, 390}) {
            Page p = newPage(new Browser.NewContextOptions().setViewportSize(width, 900));
            signIn(p, admin.username(), AccountFixtures.PASSWORD);
            p.navigate("/admin/parameters");
            assertThat(p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("参数管理"))).isVisible();
            check(p, "index-" + width);
            assertNoHorizontalScroll(p, "index-" + width);

            p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("残保金参数")).click();
            assertThat(p.locator("#parameter-rows tbody tr").first()).isVisible();
            check(p, "levy-" + width);
            assertNoHorizontalScroll(p, "levy-" + width);

            p.locator("#regionPrefix").fill("1509");
            p.locator("#validFrom").fill("2095-01-01");
            p.locator("#name").selectOption("QUOTA_RATIO");
            p.locator("#value").fill("2");
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("添加")).click();
            assertThat(p.locator("#value-error")).containsText("应大于0且小于1");
            assertThat(p.locator("#source-error")).containsText("请填写来源说明");
            check(p, "levy-refused-" + width);
            assertNoHorizontalScroll(p, "levy-refused-" + width);
        }
    }
}
