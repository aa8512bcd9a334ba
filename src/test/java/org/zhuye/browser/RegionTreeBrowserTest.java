package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.zhuye.testing.ZhuyeTest;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

@ZhuyeTest
class RegionTreeBrowserTest extends BrowserTest {

    @Test
    void adminSignsInBrowsesAndSearchesTheRegionTree() {
        page.navigate("/login");
        check("login");
        signIn(page, "admin", ZhuyeTest.ADMIN_PASSWORD);

        assertThat(page).hasURL(Pattern.compile(":\\d+/$"));
        assertThat(page.locator("#area-heading + p strong")).hasText("内蒙古自治区");
        assertThat(figure("盟市")).hasText("12");
        assertThat(figure("旗县")).hasText("108");
        assertThat(figure("嘎查村")).hasText("14,592");
        check("home");

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("主导航"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("区划").setExact(true)).click();
        assertThat(page.locator("h1")).containsText("内蒙古自治区");
        Locator children = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("直接下级（12）"))
                .locator("tbody tr");
        assertThat(children).hasCount(12);
        assertThat(children.first()).containsText("呼和浩特市");
        assertThat(children.last()).containsText("阿拉善盟");
        check("regions");

        link("呼和浩特市").click();
        assertThat(page).hasURL(Pattern.compile("/regions/1501$"));
        assertThat(page.locator("h1")).containsText("呼和浩特市");
        check("regions-1501");

        link("新城区").click();
        assertThat(page).hasURL(Pattern.compile("/regions/150102$"));
        assertThat(page.locator("h1")).containsText("新城区");
        assertThat(page.locator(".breadcrumb [aria-current=page]")).hasText("新城区");
        check("regions-150102");

        Locator search = page.locator("#q");
        Locator results = page.locator("#search-results");
        // Screen readers announce changes inside a live region only if that element stays in place.
        results.evaluate("live => live.dataset.original = 'yes'");
        search.pressSequentially("昆都仑");
        assertThat(results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("昆都仑区"))).isVisible();
        assertThat(results).hasAttribute("data-original", "yes");
        assertThat(page).hasURL(Pattern.compile("/regions/150102$"));
        check("search-live");

        search.press("Enter");
        assertThat(page).hasURL(Pattern.compile("/regions\\?q="));
        assertThat(results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("昆都仑区"))).isVisible();
        check("search-submitted");

        page.keyboard().press("Tab");
        Locator skipLink = page.locator(".skip-link");
        assertThat(skipLink).isFocused();
        assertThat(skipLink).hasText("跳到主要内容");
        check("skip-link");
        page.keyboard().press("Enter");
        assertThat(page.locator("main")).isFocused();
    }

    private Locator figure(String label) {
        return page.locator(".figures li").filter(new Locator.FilterOptions().setHasText(label)).locator(".figure");
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
