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

/**
 * Issue 14's split page: province staff give 鄂尔多斯市 a target, take the proportional suggestion (which adds up
 * exactly), raise one county by keyboard and see the live sum say 多 100, save and see it said again; a bad
 * value is named at its field and nothing is saved; the overview lists the counties; axe-clean, and at 390 px
 * without sideways scrolling.
 */
@ZhuyeTest
class TargetSplitBrowserTest extends BrowserTest {

    @Autowired
    AccountFixtures accounts;

    @Test
    void aLeaguesTargetIsSplitToItsCountiesWithTheSumShownLiveAndAfterSaving() {
        UserAccount staff = accounts.create("target-page-staff", "15", Role.STAFF);
        // A shared, loaded machine: the first pages of a cold server take longer than the usual 10 s.
        context.setDefaultTimeout(60_000);
        signIn(page, staff.username(), AccountFixtures.PASSWORD);
        page.navigate("/targets/split?indicator=new_employment&region=1506&period=2061");
        assertThat(page.locator("h1")).containsText("目标分解");
        page.locator("#parent").fill("1000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("按比例建议")).click();
        assertThat(page.locator(".notice")).containsText("最大余数法");
        assertThat(page.locator("#split-sum")).hasText("分解合计 1,000，与下达目标相等");
        check("suggested");

        var first = page.locator("[data-split-child]").first();
        long value = Long.parseLong(first.inputValue());
        first.focus();
        page.keyboard().press("Control+A");
        page.keyboard().type(String.valueOf(value + 100));
        assertThat(page.locator("#split-sum")).hasText("分解合计 1,100，比下达目标多 100");
        page.keyboard().press("Enter");
        assertThat(page.locator(".notice")).hasText("已保存。");
        assertThat(page.locator("#split-sum")).hasText("分解合计 1,100，比下达目标多 100");
        assertThat(page.locator("#parent")).hasValue("1000");
        check("saved");

        page.locator("[data-split-child]").nth(1).fill("很多");
        page.locator("#parent").fill("900");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存全部")).click();
        assertThat(page.locator(".field-error").first()).containsText("不是数字");
        check("bad-value");
        page.navigate("/targets/split?indicator=new_employment&region=1506&period=2061");
        // Nothing half-saved: the parent keeps the value saved before.
        assertThat(page.locator("#parent")).hasValue("1000");

        page.navigate("/targets?region=1506&period=2061");
        assertThat(page.locator("main")).containsText("分解合计 1,100，比下达目标多 100");
        assertThat(page.locator("table.target-table tbody tr").first()).containsText("1,000");
        check("overview");

        Page phone = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        context.setDefaultTimeout(60_000);
        signIn(phone, staff.username(), AccountFixtures.PASSWORD);
        phone.navigate("/targets/split?indicator=new_employment&region=1506&period=2061");
        assertThat(phone.locator("#split-sum")).containsText("分解合计");
        fits(phone, "split-phone");
        phone.navigate("/targets?region=1506&period=2061");
        fits(phone, "overview-phone");
    }

    private void fits(Page phone, String step) {
        assertNoHorizontalScroll(phone, step);
        check(phone, step);
    }
}
