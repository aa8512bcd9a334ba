package org.zhuye.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuye.account.AccountFixtures;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.monitoring.bulletin.BulletinFixtures;
import org.zhuye.testing.ZhuyeTest;

/**
 * Issue 14's quarterly 通报 on a 390 px phone, by keyboard: the staff of 科尔沁右翼中旗 (where no other test puts
 * anyone) look at the 2025 second quarter's ranking of their townships, save the draft, edit it, issue it under
 * a 文号, and find it in the list — with no page scrolling sideways and axe-core clean on every page.
 */
@ZhuyeTest
class BulletinBrowserTest extends BrowserTest {

    private static final String COUNTY = "152222000000";

    @Autowired
    BulletinFixtures fixtures;
    @Autowired
    AccountFixtures accounts;

    @Test
    void countyStaffDraftEditAndIssueAQuarterlyBulletinByKeyboardOnAPhone() {
        ReportingPeriod year = ReportingPeriod.year(2025);
        fixtures.target("new_employment", COUNTY, year, 8);
        fixtures.target("new_employment", "152222100000", year, 4);
        fixtures.target("new_employment", "152222101000", year, 4);
        fixtures.movesIntoWork("152222100001", LocalDate.of(2025, 2, 3));
        fixtures.movesIntoWork("152222100001", LocalDate.of(2025, 5, 6));
        UserAccount staff = accounts.create("bulletin-browser", COUNTY, Role.STAFF);

        Page phone = newPage(new Browser.NewContextOptions().setViewportSize(390, 844));
        // Six builds share two cores; ten seconds for a page is not always enough there.
        phone.context().setDefaultTimeout(60_000);
        signIn(phone, staff.username(), AccountFixtures.PASSWORD);
        phone.navigate("/bulletins");
        assertThat(phone.locator("h1")).hasText("季度通报");
        fits(phone, "list-empty");

        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("起草通报")).focus();
        phone.keyboard().press("Enter");
        assertThat(phone.locator("h1")).hasText("起草季度通报");
        phone.locator("#quarter").focus();
        phone.locator("#quarter").selectOption("2025Q2");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查看数据")).focus();
        phone.keyboard().press("Enter");
        phone.waitForURL(Pattern.compile("quarter=2025Q2"), new Page.WaitForURLOptions().setTimeout(60_000));
        assertThat(phone.locator("table.cards").first()).containsText("巴彦呼舒镇");
        assertThat(phone.locator(".bulletin-behind").first()).containsText("巴仁哲里木镇");
        assertThat(phone.locator("#body")).hasValue(Pattern.compile(
                "^截至6月30日，全旗新增残疾人就业2人，完成年度目标25\\.0%，低于时序进度24\\.6个百分点"));
        fits(phone, "preview");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿")).focus();
        phone.keyboard().press("Enter");
        // Saving reads the figures again; a loaded test machine takes longer than the assertions' default wait.
        phone.waitForURL(Pattern.compile("/bulletins/\\d+$"), new Page.WaitForURLOptions().setTimeout(60_000));

        assertThat(phone.locator("#bulletin-title")).hasText("关于2025年第二季度全旗残疾人就业工作主要指标进展情况的通报");
        assertThat(phone.locator(".bulletin-state")).containsText("草稿");
        fits(phone, "draft");
        phone.locator("#body").fill("截至6月30日，全旗新增残疾人就业2人。请各镇加快进度。");
        phone.locator("#body").focus();
        phone.keyboard().press("Tab");
        phone.keyboard().press("Enter");
        phone.locator(".notice").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        assertThat(phone.locator(".notice")).hasText("草稿已保存");
        assertThat(phone.locator(".bulletin-text")).hasText("截至6月30日，全旗新增残疾人就业2人。请各镇加快进度。");

        phone.locator("#documentNumber").fill("科右中残联通〔2026〕" + System.nanoTime() % 100000 + "号");
        phone.locator("#documentNumber").press("Enter");
        phone.locator(".bulletin-number").filter(new Locator.FilterOptions().setHasText("科右中残联通"))
                .waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        assertThat(phone.locator(".notice")).hasText("通报已印发，此后不再改变");
        assertThat(phone.locator(".bulletin-state")).containsText("已印发");
        assertThat(phone.locator("#documentNumber")).hasCount(0);
        assertThat(phone.locator("#body")).hasCount(0);
        fits(phone, "issued");

        phone.navigate("/bulletins?year=2025");
        assertThat(phone.locator("#bulletins")).containsText("已印发");
        fits(phone, "list");
    }

    private void fits(Page phone, String step) {
        assertNoHorizontalScroll(phone, step);
        check(phone, step);
    }
}
