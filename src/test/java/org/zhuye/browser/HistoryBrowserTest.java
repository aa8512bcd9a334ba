package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.person.PersonTestNumbers;
import org.zhuye.testing.ZhuyeTest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

/** A corrected person's history and the audit page read as labels, at desk and phone widths. */
@ZhuyeTest
class HistoryBrowserTest extends BrowserTest {

    @Autowired
    AccountFixtures accounts;

    @Test
    void aCorrectedPersonsHistoryAndTheAuditPageReadAsLabelsAtBothWidths() {
        var staff = accounts.create("h-staff", "150102000000", Role.STAFF);
        long id = PersonTestNumbers.register(accounts, "历史浏览", "150102001001");
        // The first page the server renders compiles its templates; on a busy machine that outlasts 10 s.
        page.setDefaultNavigationTimeout(60_000);

        signIn(page, staff.username(), AccountFixtures.PASSWORD);
        page.navigate("/persons/" + id + "/edit");
        page.locator("#education").selectOption(new SelectOption().setLabel("普通高级中学"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(page.locator(".notice")).containsText("已保存");
        assertThat(page.locator("table.history")).containsText("文化程度：未填 → 普通高级中学");
        assertThat(page.locator("table.history")).not().containsText("{");
        check("person-1280");

        Page phone = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        phone.setDefaultNavigationTimeout(60_000);
        signIn(phone, "admin", ZhuyeTest.ADMIN_PASSWORD);
        phone.navigate("/persons/" + id);
        assertThat(phone.locator("table.history")).containsText("文化程度：未填 → 普通高级中学");
        assertNoHorizontalScroll(phone, "person 390");
        check(phone, "person-390");

        phone.navigate("/admin/audit?objectType=person&objectId=" + id);
        assertThat(phone.locator("table.history")).containsText("文化程度：未填 → 普通高级中学");
        assertThat(phone.locator("table.history tbody tr").first().locator("td").nth(3)).containsText("人员：历史浏览");
        assertNoHorizontalScroll(phone, "audit 390");
        // The table scrolls inside its own region with the time column kept in view.
        assertEquals("sticky", phone.locator("table.history tbody td").first().evaluate("td => getComputedStyle(td).position"));
        check(phone, "audit-390");

        Page desk = newPage(new Browser.NewContextOptions().setViewportSize(1280, 900));
        desk.setDefaultNavigationTimeout(60_000);
        signIn(desk, "admin", ZhuyeTest.ADMIN_PASSWORD);
        desk.navigate("/admin/audit?objectType=person&objectId=" + id);
        assertThat(desk.locator("table.history")).containsText("文化程度：未填 → 普通高级中学");
        assertThat(desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("历史浏览")).first()).isVisible();
        check(desk, "audit-1280");
    }
}
