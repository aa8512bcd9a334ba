package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.person.PersonTestNumbers;
import org.zhuye.testing.ZhuyeTest;

/** The one region picker in a browser: chosen by keyboard level by level, found by name, at both widths. */
@ZhuyeTest
class RegionPickerBrowserTest extends BrowserTest {

    // The next level comes from the server; on a loaded machine that took over the default 10 s once.
    private static final Locator.WaitForOptions ATTACHED = new Locator.WaitForOptions()
            .setState(WaitForSelectorState.ATTACHED).setTimeout(30_000);

    @Autowired
    AccountFixtures accounts;

    /** Signs in a new staff member of {@code region} and fills the registration form but for the place. */
    private UserAccount startRegistration(String region, String name) {
        UserAccount staff = accounts.create("picker-" + region, region, Role.STAFF);
        signIn(page, staff.username(), AccountFixtures.PASSWORD);
        page.navigate("/persons/new");
        page.locator("#certificateNumber").fill(PersonTestNumbers.next(4, 2));
        page.locator("#name").fill(name);
        page.locator("#hukou").selectOption("城镇");
        return staff;
    }

    @Test
    void aVillageIsChosenByKeyboardLevelByLevelAndSaved() {
        startRegistration("150404000000", "键盘选村");

        // 松山区's townships, then the first township's villages, each brought in place by htmx.
        page.locator("#regionCode").focus();
        page.keyboard().press("ArrowDown");
        page.locator("#regionCode-5").waitFor();
        assertThat(page.locator("#regionCode")).isFocused();
        page.keyboard().press("Tab");
        assertThat(page.locator("#regionCode-5")).isFocused();
        page.keyboard().press("ArrowDown");
        page.locator("#regionCode-5 option[selected]:not([value=''])").waitFor(ATTACHED);
        String village = page.locator("#regionCode-5").inputValue();
        String villageName = page.locator("#regionCode-5 option[value='" + village + "']").textContent();
        assertThat(page.locator("#name")).hasValue("键盘选村");
        check("chosen");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile("/persons/\\d+$"));
        assertThat(page.locator("main")).containsText(villageName);
    }

    @Test
    void aPlaceIsFoundByNameWithItsParentsAndTheFormFitsAPhone() {
        UserAccount staff = startRegistration("150400000000", "按名查找");

        page.locator("#regionCode-q").fill("白音波罗");
        assertThat(page.locator("#regionCode-found option[value='150404104214']")).hasText("白音波罗村委会 · 老府镇 · 松山区");
        page.locator("#regionCode-found").selectOption("150404104214");
        page.locator("#regionCode-5 option[value='150404104214'][selected]").waitFor(ATTACHED);
        assertThat(page.locator("#regionCode option[value='150404000000']")).hasAttribute("selected", "selected");
        check("found");

        Page phone = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        signIn(phone, staff.username(), AccountFixtures.PASSWORD);
        phone.navigate("/persons/new");
        phone.locator("#regionCode-q").fill("白音");
        phone.locator("#regionCode-found").waitFor();
        assertNoHorizontalScroll(phone, "phone");
        check(phone, "phone");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile("/persons/\\d+$"));
        assertThat(page.locator("main")).containsText("白音波罗村委会");
    }

    @Test
    void filtersAndFormsWithThePickerPassAxeAtBothWidths() {
        signIn(page, "admin", ZhuyeTest.ADMIN_PASSWORD);
        String[] pages = {"/persons", "/employers", "/employers/new", "/declarations", "/declarations/lists/below-quota",
                "/casework", "/casework/zero-employment", "/admin/users/new", "/levy/calculator", "/persons/overview"};
        // The picker is one fragment: axe checks it as a filter (/persons) and in a form (/employers/new) at both
        // widths; every page still shows exactly one and fits without sideways scrolling. (Each page is checked
        // whole by its own browser test; running axe on all twenty here took over two minutes of the build.)
        java.util.Set<String> axed = java.util.Set.of("/persons", "/employers/new");
        for (int width : new int[] {1280, 390}) {
            page.setViewportSize(width, 900);
            for (String path : pages) {
                page.navigate(path);
                assertThat(page.locator(".region-picker")).hasCount(1);
                assertNoHorizontalScroll(page, path + " @" + width);
                if (axed.contains(path)) {
                    check(path.replace('/', '_') + "-" + width);
                }
            }
        }
    }
}
