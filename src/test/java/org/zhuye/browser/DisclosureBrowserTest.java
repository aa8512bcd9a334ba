package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.UserAccount;
import org.zhuye.employer.declaration.DeclarationFixtures;
import org.zhuye.testing.ZhuyeTest;

/** The public 公示 on a phone (375 px): the wide table scrolls in its own region and stays readable. */
@ZhuyeTest
class DisclosureBrowserTest extends BrowserTest {

    /** 乌兰浩特市: this test's own county, with its own filing parameters. */
    private static final String CITY = "152201";
    private static final String PLACE = "152201001001";

    @Autowired
    AccountFixtures accounts;

    @Test
    void onAPhoneTheTableScrollsSidewaysInAFocusableRegionWithEachHeaderOnOneLine() {
        confirmedUnits();

        Page phone = newPage(new Browser.NewContextOptions().setViewportSize(375, 740));
        phone.navigate("/disclosure?year=" + DeclarationFixtures.YEAR + "&region=" + CITY);
        assertThat(phone.locator("#disclosure tbody tr")).hasCount(3);
        Locator region = phone.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("公示单位（3 家）"));
        assertThat(region).hasAttribute("tabindex", "0");
        assertThat(phone.getByText("可在表格上左右滑动查看各列")).isVisible();
        check(phone, "phone");
        assertNoHorizontalScroll(phone, "phone");

        // Each header's text is laid out as one line box, not a column of single characters.
        List<String> headers = phone.locator("#disclosure thead th").allTextContents();
        assertThat(headers).contains("是否达到规定比例", "在职职工人数");
        @SuppressWarnings("unchecked")
        List<Number> lines = (List<Number>) phone.locator("#disclosure thead th").evaluateAll("""
                cells => cells.map(cell => {
                  const text = document.createRange();
                  text.selectNodeContents(cell);
                  return new Set([...text.getClientRects()].map(r => Math.round(r.top))).size;
                })""");
        assertThat(lines).as("lines per header " + headers).allSatisfy(n -> assertThat(n.intValue()).isEqualTo(1));
        int unitNameWidth = ((Number) phone.locator("#disclosure tbody td").first().evaluate("c => c.getBoundingClientRect().width")).intValue();
        assertThat(unitNameWidth).as("a unit's name wraps at a readable width").isGreaterThanOrEqualTo(120);

        // The region, not the page, scrolls: by keyboard once it has focus, keeping the unit's name in view.
        assertThat((Boolean) region.evaluate("r => r.scrollWidth > r.clientWidth")).isTrue();
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("下载 XLSX")).focus();
        phone.keyboard().press("Tab");
        assertThat(region).isFocused();
        for (int i = 0; i < 20; i++) {
            phone.keyboard().press("ArrowRight");
        }
        // Keyboard scrolling is animated: wait for it rather than read the position at once.
        phone.waitForFunction("() => document.querySelector('#disclosure').parentElement.scrollLeft > 0");
        Number nameLeft = (Number) phone.locator("#disclosure tbody td").first().evaluate("c => c.getBoundingClientRect().left");
        Number regionLeft = (Number) region.evaluate("r => r.getBoundingClientRect().left");
        assertThat(Math.abs(nameLeft.doubleValue() - regionLeft.doubleValue())).as("the name column stays in view").isLessThan(2);
        assertThat(phone.locator("#disclosure tbody td:last-child").first()).isInViewport();
        assertThat(phone.locator("#disclosure caption > span")).isInViewport();
        check(phone, "phone-scrolled");
    }

    /** Three units of this county, each with a confirmed declaration (the only kind the 公示 shows). */
    private void confirmedUnits() {
        DeclarationFixtures fixtures = new DeclarationFixtures(accounts).withFilingOpen(CITY, "PROVINCE");
        UserAccount staff = fixtures.staff(CITY + "000000");
        long[] units = {
                fixtures.unit("乌兰浩特市公示浏览器测试市场监督管理局", "AGENCY", "BANNER_COUNTY", 64, false, PLACE),
                fixtures.unit("乌兰浩特市公示浏览器测试第二中学", "PUBLIC_INSTITUTION", "BANNER_COUNTY", 140, true, PLACE),
                fixtures.unit("兴安盟公示浏览器测试供热有限责任公司", "STATE_OWNED_ENTERPRISE", null, null, false, PLACE)};
        int[] staffCounts = {64, 150, 420};
        for (int i = 0; i < units.length; i++) {
            fixtures.confirmed(units[i], DeclarationFixtures.input(staffCounts[i], String.valueOf(staffCounts[i] * 80_000)), staff);
        }
    }
}
